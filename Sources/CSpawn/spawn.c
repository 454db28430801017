#define _GNU_SOURCE
#include "lkjip_spawn.h"
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

// Only async-signal-safe calls between fork and exec: the parent has many threads.
pid_t lkjip_spawn(const char *path, char *const argv[], int out_fd, int err_fd) {
    pid_t parent = getpid();
    int null_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (null_fd < 0) return -1;
    long max_fd = sysconf(_SC_OPEN_MAX);
    if (max_fd < 0 || max_fd > 65536) max_fd = 65536;
    pid_t pid = fork();
    if (pid < 0) {
        int e = errno;
        close(null_fd);
        errno = e;
        return -1;
    }
    if (pid == 0) {
#if defined(__linux__)
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent) _exit(127);  // the parent died before prctl took effect
#endif
        setpgid(0, 0);
        if (dup2(null_fd, 0) < 0 || dup2(out_fd, 1) < 0 || dup2(err_fd, 2) < 0) _exit(127);
        // Other threads' pipes must not leak into this child (their readers would never see EOF).
        for (long fd = 3; fd < max_fd; fd++) close((int)fd);
        execv(path, argv);
        _exit(127);
    }
    close(null_fd);
    setpgid(pid, pid);  // also from the parent, so a kill of the group cannot race the child
    return pid;
}

int lkjip_pipe_cloexec(int fds[2]) {
#if defined(__linux__)
    return pipe2(fds, O_CLOEXEC);
#else
    if (pipe(fds) != 0) return -1;
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    return 0;
#endif
}
