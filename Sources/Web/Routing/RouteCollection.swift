/// A controller: a struct holding its dependencies that adds its routes to the table.
package protocol RouteCollection {
    func addRoutes(to routes: inout RouteBuilder)
}
