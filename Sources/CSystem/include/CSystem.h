#ifndef DINSOS_CSYSTEM_H
#define DINSOS_CSYSTEM_H

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/sendfile.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <signal.h>
#include <fcntl.h>
#include <errno.h>
#include <unistd.h>

/// errno as a function: Swift cannot read the thread-local macro directly on every libc.
static inline int csystem_errno(void) { return errno; }

#endif
