# SPDX-License-Identifier: GPL-2.0
"""What the kernel tests expect of the unmodified trees: the known real
bugs and the known false alarms, by version ($KVER), (file, line): why.
Read by tests/kernel/run and tests/kernel/clang-run; the tools never
read it (it is the tests' expectation, not the checker's knowledge).
"""
from pckernel import conf

# Findings on the unmodified trees that are real bugs
# (docs/findings-KVER.md), by version, (file, line): why.  The kernel
# tests list them and count no other.
_KNOWN_REAL = {
    '6.1': {
        ('drivers/gpu/drm/via/via_dri1.c', 1685):
            'real bug: a short pin returns with vsg->num_pages still the '
            'count asked for: via_free_sg_info() then unpins num_pages '
            'entries, the NULL ones too; docs/findings-6.1.md #2',
    },
}
# ... and those only a --db pass sees (the pin and the put in two files).
_KNOWN_REAL_DB = {
    '6.1': {
        ('drivers/virt/acrn/vm.c', 85):
            'real bug: acrn_vm_destroy() drops the FOLL_LONGTERM pin of '
            'vm->monitor_page (pin_user_pages_fast() in hsm.c) with '
            'put_page(); docs/findings-6.1.md #1',
    },
    '7.2': {
        ('drivers/virt/acrn/vm.c', 85):
            'real bug, still there: as 6.1\'s; docs/findings-7.2.md',
    },
}
# False alarms on an unmodified tree that are known and not yet cured,
# each with the shape behind it (docs/findings-KVER.md).  The tests list
# them apart and fail on any other finding, and on one of these that is
# no longer printed (a cure makes its entry stale).
_KNOWN_FALSE = {
}
KNOWN_REAL = _KNOWN_REAL.get(conf.KVER, {})
KNOWN_REAL_DB = _KNOWN_REAL_DB.get(conf.KVER, {})
KNOWN_FALSE = _KNOWN_FALSE.get(conf.KVER, {})
