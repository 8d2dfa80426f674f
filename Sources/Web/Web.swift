// The web layer: routing, middleware, forms, static files. Built in issue 2.
