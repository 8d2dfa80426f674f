/// The questions other modules (SIDAKIS, SLRT, the dashboard) may ask the DTKS module.
/// Each question lives in its own extension file beside this one.
package struct DTKSReadAPI: Sendable {
    package init() {}
}
