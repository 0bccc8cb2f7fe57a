# SPDX-License-Identifier: GPL-2.0
"""Messages, and the progress of a long run on a terminal.

Progress is one line on standard error, rewritten as files are done
("pincheck-scan: pass 2: 37 of 775 files, 1:42, 3 findings"), erased at
the end.  Nothing when standard error is not a terminal (a log, a pipe,
CI): the run's own output is the same either way.
"""
import sys
import threading
import time


def log(msg):
    print(msg, flush=True)


def warn(msg):
    print(msg, file=sys.stderr, flush=True)


class Progress:
    def __init__(self, label, total, stream=None):
        self.stream = stream or sys.stderr
        self.on = total > 0 and self.stream.isatty()
        self.label, self.total = label, total
        self.start = self.shown = time.monotonic()
        self.done = self.found = 0
        self.lock = threading.Lock()

    def update(self, done=None, found=0, force=False):
        """done: files finished so far; found: findings to add."""
        with self.lock:
            self._update(done, found, force)

    def advance(self, found=0):
        """One more file done, with its findings."""
        with self.lock:
            self._update(self.done + 1, found, False)

    def _update(self, done, found, force):
        if done is not None:
            self.done = min(done, self.total)
        self.found += found
        now = time.monotonic()
        if not self.on or (not force and now - self.shown < 0.5):
            return
        self.shown = now
        secs = int(now - self.start)
        self.stream.write('\r%s: %d of %d files, %d:%02d, %d finding%s\033[K'
                          % (self.label, self.done, self.total, secs // 60,
                             secs % 60, self.found,
                             '' if self.found == 1 else 's'))
        self.stream.flush()

    def end(self):
        if self.on:
            self.stream.write('\r\033[K')
            self.stream.flush()
