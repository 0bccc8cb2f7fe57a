# SPDX-License-Identifier: GPL-2.0
"""The semantic patches, and spatch run on a file.
"""
import os
import subprocess

from pckernel import conf

RULES = os.path.join(conf.TOP, 'semantic-patches')
# Rules that change what a correct file does (a get -> pin conversion)
# are not fixes: neither the fix writer nor the mutant test applies them.
CONVERSIONS = ('gup_to_pin.cocci',)


def fixing_rules():
    """The semantic patches that find and fix wrong releases."""
    return sorted(os.path.join(RULES, f) for f in os.listdir(RULES)
                  if f.endswith('.cocci') and f not in CONVERSIONS)


def spatch(mode, path, rule, extra=()):
    """spatch's output for one rule in one mode on path (run in its dir)."""
    if mode in ('report', 'org'):
        extra = ['--no-show-diff'] + list(extra)
    res = subprocess.run(['spatch', '--very-quiet', '--no-includes',
                          '--include-headers', '-D', mode, '--sp-file',
                          rule] + list(extra) + [os.path.basename(path)],
                         cwd=os.path.dirname(os.path.abspath(path)),
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         text=True, timeout=600)
    return res.stdout
