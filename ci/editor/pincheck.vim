" SPDX-License-Identifier: GPL-2.0
"
" pincheck in vim: :make runs clang-tidy-16 with pincheck's clang-tidy
" module (checker/clang/pincheck-tidy.so) on the current file and fills
" the quickfix list with its findings.
"
" Install: source this file from your vimrc (or copy it to
" ~/.vim/plugin/), with the module's path when pincheck is not where this
" file is:
"
"     let g:pincheck_tidy_module = '/path/to/pincheck/checker/clang/pincheck-tidy.so'
"     source /path/to/pincheck/ci/editor/pincheck.vim
"
" Then, in a C file of a tree with a compile_commands.json (a kernel tree:
" `python3 scripts/clang-tools/gen_compile_commands.py` after a build, or
" `make compile_commands.json`):
"
"     :make          (or :PincheckTidy, which also opens the quickfix window)
"     :PincheckFix   apply the findings' fix-its to the file, and reload it
"
" Settings (set them before sourcing):
"   g:pincheck_tidy          the clang-tidy program (default clang-tidy-16)
"   g:pincheck_tidy_module   the module (default: ../../checker/clang/
"                            pincheck-tidy.so from this file)
"   g:pincheck_checks        the --checks value (default -*,pincheck-*;
"                            empty: the .clang-tidy file's Checks line)
"   g:pincheck_build_dir     clang-tidy's -p (default empty: clang-tidy
"                            looks for compile_commands.json in the file's
"                            directory and its parents)
"   g:pincheck_set_makeprg   0: do not set makeprg/errorformat of C files,
"                            only define :PincheckTidy (default 1)
"
" clang-tidy 16 has no configuration key that loads a module: --load must
" be on its command line, which is what this file puts in 'makeprg'.
"
" With ALE instead (its clangtidy linter runs on every change):
"
"     let g:ale_linters = {'c': ['clangtidy']}
"     let g:ale_c_clangtidy_executable = 'clang-tidy-16'
"     let g:ale_c_clangtidy_checks = ['-*', 'pincheck-*']
"     let g:ale_c_clangtidy_extra_options = '--load=/path/to/pincheck-tidy.so'

if exists('g:loaded_pincheck')
  finish
endif
let g:loaded_pincheck = 1

let s:top = fnamemodify(resolve(expand('<sfile>:p')), ':h:h:h')
let g:pincheck_tidy = get(g:, 'pincheck_tidy', 'clang-tidy-16')
let g:pincheck_tidy_module = get(g:, 'pincheck_tidy_module',
      \ s:top . '/checker/clang/pincheck-tidy.so')
let g:pincheck_checks = get(g:, 'pincheck_checks', '-*,pincheck-*')
let g:pincheck_build_dir = get(g:, 'pincheck_build_dir', '')
let g:pincheck_set_makeprg = get(g:, 'pincheck_set_makeprg', 1)

" clang-tidy's diagnostics: file:line:col: warning|error|note: text [check];
" and its own errors ("Error: no checks enabled." when the module did not
" load), kept in the list as text
let s:errorformat = join([
      \ '%f:%l:%c: %trror: %m',
      \ '%f:%l:%c: %tarning: %m',
      \ '%f:%l:%c: %tote: %m',
      \ '%+GError%.%#',
      \ '%-G%.%#'], ',')

function! PincheckCommand() abort
  let l:cmd = [g:pincheck_tidy, '--quiet', '--load=' . g:pincheck_tidy_module]
  if g:pincheck_checks !=# ''
    call add(l:cmd, '--checks=' . g:pincheck_checks)
  endif
  if g:pincheck_build_dir !=# ''
    call add(l:cmd, '-p=' . g:pincheck_build_dir)
  endif
  " shellescape(, 1): % and # are not expanded by :make
  return join(map(l:cmd, 'shellescape(v:val, 1)'), ' ') . ' %:p:S'
endfunction

" makeprg and errorformat of the current buffer
function! PincheckSetup() abort
  let &l:makeprg = PincheckCommand()
  let &l:errorformat = s:errorformat
endfunction

function! s:run() abort
  call PincheckSetup()
  silent make!
  redraw!
  cwindow
endfunction

command! -bar PincheckTidy call s:run()

" :PincheckFix writes the file, applies the fix-its of its findings
" (clang-tidy --fix: a wrong release renamed to its pages' family's call)
" and reloads it; :PincheckTidy again shows what is left.
function! s:fix() abort
  update
  let l:cmd = substitute(PincheckCommand(), ' %:p:S$', '', '')
  let l:out = system(l:cmd . ' --fix ' . shellescape(expand('%:p')))
  silent edit!
  echo len(filter(split(l:out, "\n"), 'v:val =~# "FIX-IT applied"'))
        \ . ' fix-its applied'
endfunction

command! -bar PincheckFix call s:fix()

if g:pincheck_set_makeprg
  augroup pincheck
    autocmd!
    autocmd BufNewFile,BufRead *.c,*.h call PincheckSetup()
  augroup END
endif
