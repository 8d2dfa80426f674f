// The Mustache template engine. Built in issue 3.
