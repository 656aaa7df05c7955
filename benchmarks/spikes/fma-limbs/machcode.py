#!/usr/bin/env python3
"""Disassembles the last C2 nmethod in a -XX:CompileCommand=print log, without hsdis.

With no hsdis library the JVM prints each nmethod's machine code as hex words under [MachCode];
this joins them, runs objdump on the bytes and prints an opcode histogram of the straight-line
part (up to the first ret; C2 places uncommon paths such as the (long) cast's fix-up calls after
it). Usage: machcode.py print.log [--list]
"""
import re
import subprocess
import sys
import tempfile
from collections import Counter

lines = open(sys.argv[1]).read().split("\n")
start = max(i for i, l in enumerate(lines) if "C2-compiled nmethod" in l)
code, base, in_code = bytearray(), None, False
for line in lines[start:]:
    if line.startswith("[MachCode]"):
        in_code = True
    elif line.startswith("[") and in_code and not line.startswith("[Verified Entry Point]"):
        break
    m = re.match(r"\s*0x([0-9a-f]+): ([0-9a-f |]+)$", line)
    if in_code and m:
        base = int(m.group(1), 16) if base is None else base
        code += bytes.fromhex(m.group(2).replace("|", "").replace(" ", ""))
with tempfile.NamedTemporaryFile(suffix=".bin") as f:
    f.write(code)
    f.flush()
    dis = subprocess.run(["objdump", "-D", "-b", "binary", "-mi386:x86-64", f"--adjust-vma={base}",
                          f.name], capture_output=True, text=True, check=True).stdout
ops = []
for line in dis.split("\n"):
    m = re.match(r"\s+[0-9a-f]+:\s+(?:[0-9a-f]{2} )+\s+(\S+)", line)
    if m:
        ops.append(m.group(1))
        if "--list" in sys.argv:
            print(line)
        if m.group(1) == "ret":
            break
print(f"{len(ops)} instructions up to the first ret")
for op, n in Counter(ops).most_common():
    print(f"{n:5d} {op}")
