#define _GNU_SOURCE
#include "CSystem.h"
#include <stdint.h>

int csystem_accept(int fd, struct sockaddr *address, socklen_t *length) {
    return accept4(fd, address, length, SOCK_NONBLOCK | SOCK_CLOEXEC);
}

int csystem_socket(int domain) {
    return socket(domain, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
}

int csystem_available_cpus(void) {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof(set), &set) != 0) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        return n > 0 ? (int)n : 1;
    }
    int count = CPU_COUNT(&set);
    return count > 0 ? count : 1;
}

int csystem_set_thread_name(const char *name) {
    char truncated[16];
    strncpy(truncated, name, sizeof(truncated) - 1);
    truncated[sizeof(truncated) - 1] = 0;
    return pthread_setname_np(pthread_self(), truncated);
}

int csystem_get_thread_name(char *buffer, size_t size) {
    return pthread_getname_np(pthread_self(), buffer, size);
}

long csystem_raise_open_file_limit(void) {
    struct rlimit limit;
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return -1;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &limit) != 0) return -1;
    }
    return (long)limit.rlim_cur;
}

static volatile sig_atomic_t shutdown_signal_fd = -1;
static volatile sig_atomic_t shutdown_signal_count = 0;

static void shutdown_signal_handler(int signal_number) {
    (void)signal_number;
    shutdown_signal_count += 1;
    if (shutdown_signal_count > 1) {
        _exit(1);
    }
    int saved = errno;
    int fd = shutdown_signal_fd;
    if (fd >= 0) {
        uint64_t one = 1;
        ssize_t ignored = write(fd, &one, sizeof(one));
        (void)ignored;
    }
    errno = saved;
}

int csystem_install_shutdown_signals(int eventfd) {
    shutdown_signal_fd = eventfd;
    shutdown_signal_count = 0;
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_handler = shutdown_signal_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (sigaction(SIGTERM, &action, NULL) != 0) return -1;
    if (sigaction(SIGINT, &action, NULL) != 0) return -1;
    return 0;
}

void csystem_ignore_sigpipe(void) {
    signal(SIGPIPE, SIG_IGN);
}
