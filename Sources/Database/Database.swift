// SQLite data layer. Built in issue 3.
