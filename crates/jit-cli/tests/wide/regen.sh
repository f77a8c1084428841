#!/bin/sh
# Regenerates the x86-64 .ll files and the expected output of bitint_arith.c (needs clang-19
# and an x86-64 host).
set -e
cd "$(dirname "$0")"
for o in O0 O2; do
  clang-19 --target=x86_64-linux-gnu -$o -S -emit-llvm bitint_arith.c -o bitint_arith.$o.ll
done
clang-19 -O0 bitint_arith.c -o /tmp/bitint_arith.$$
/tmp/bitint_arith.$$ > bitint_arith.stdout || echo $? > bitint_arith.exit
rm -f /tmp/bitint_arith.$$
