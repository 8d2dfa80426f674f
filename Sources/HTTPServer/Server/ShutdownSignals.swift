import CSystem
import Glibc

/// Makes SIGTERM and SIGINT start a graceful shutdown of `server` (a second signal exits at
/// once), and ignores SIGPIPE. The caller's `waitUntilStopped()` then returns and it exits 0.
/// The signal handler only writes to an eventfd; a small thread waits on it and does the rest.
package func installShutdownSignalHandlers(for server: Server) throws(SystemError) {
    csystem_ignore_sigpipe()
    let fd = Int32(try SystemCall.checked("eventfd") { Int(eventfd(0, Int32(EFD_CLOEXEC))) })
    guard csystem_install_shutdown_signals(fd) == 0 else {
        let code = csystem_errno()
        SystemCall.close(fd)
        throw SystemError(operation: "sigaction", code: code)
    }
    _ = try OSThread.spawn(name: "http-signals") {
        var value: UInt64 = 0
        _ = try? SystemCall.retrying("read(signal eventfd)") { Glibc.read(fd, &value, 8) }
        server.beginShutdown()
    }
}
