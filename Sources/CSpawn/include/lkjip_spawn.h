#ifndef LKJIP_SPAWN_H
#define LKJIP_SPAWN_H
#include <sys/types.h>

/// Starts `path` with `argv` (NULL-terminated) in its own process group, stdin from
/// /dev/null and stdout/stderr to the given descriptors. On Linux the child also asks to
/// be killed (SIGKILL) when the thread that started it dies, so a killed linter leaves no
/// pdftotext behind. Returns the child's pid, or -1 with errno set.
pid_t lkjip_spawn(const char *path, char *const argv[], int out_fd, int err_fd);

/// A pipe whose ends close on exec (only the child's dup2'd copies survive).
int lkjip_pipe_cloexec(int fds[2]);

#endif
