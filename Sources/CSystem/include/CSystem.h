#ifndef DINSOS_CSYSTEM_H
#define DINSOS_CSYSTEM_H

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/sendfile.h>
#include <sys/uio.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <fcntl.h>
#include <errno.h>
#include <time.h>
#include <unistd.h>
#include <string.h>

/// errno as a function: Swift cannot read the thread-local macro directly on every libc.
static inline int csystem_errno(void) { return errno; }

/// accept4 with the flags every accepted socket gets (non-blocking, close-on-exec).
int csystem_accept(int fd, struct sockaddr *address, socklen_t *length);

/// A stream socket created non-blocking and close-on-exec.
int csystem_socket(int domain);

/// The number of CPUs this process may run on (respects taskset and cpusets).
int csystem_available_cpus(void);

/// Names the calling thread (shown by top -H and debuggers); at most 15 characters are kept.
int csystem_set_thread_name(const char *name);

/// Copies the calling thread's name into `buffer` (at least 16 bytes).
int csystem_get_thread_name(char *buffer, size_t size);

/// Raises the soft limit on open descriptors to the hard limit; returns the new soft limit or -1.
long csystem_raise_open_file_limit(void);

/// Installs SIGTERM and SIGINT handlers that write to `eventfd` (async-signal-safe), so a
/// thread blocked reading it can start a graceful shutdown. A second signal exits at once
/// with status 1. Returns 0, or -1 with errno set.
int csystem_install_shutdown_signals(int eventfd);

/// SIGPIPE would kill the process when a peer closes while we write; errors come back as EPIPE instead.
void csystem_ignore_sigpipe(void);

#endif
