#!/usr/bin/python3
"""Times cells with type parameters on the gophernotes kernel: the declaration cell (Go's type
checker), the first use of an instantiation (a plugin build), the same use again, and all of it
in a second kernel (the plugins are on disk). Run with the isolation exports of the kernel:
    /usr/bin/python3 scripts/time_cell_generics.py TAG
TAG (any word, say the time) goes into the declarations' source, so that no plugin is cached.
Prints one line per cell: its wall time and what it showed.
"""
import sys
import time

from jupyter_client.manager import start_new_kernel

if len(sys.argv) != 2:
    sys.exit(__doc__)
tag = sys.argv[1]

DECL = f'''
func Max[T cmp.Ordered](a, b T) T {{
	_ = "{tag}"
	if a > b {{
		return a
	}}
	return b
}}

type Stack[T any] struct{{ items []T }}

func (s *Stack[T]) Push(x T) {{ s.items = append(s.items, x) }}
func (s *Stack[T]) Len() int {{ return len(s.items) + len("{tag}") - len("{tag}") }}
'''

def run(kc, code):
    t0 = time.time()
    msg_id = kc.execute(code)
    out, err = [], None
    while True:
        m = kc.get_iopub_msg(timeout=600)
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        t = m["msg_type"]
        if t == "stream":
            out.append(m["content"]["text"])
        elif t == "execute_result":
            out.append(m["content"]["data"].get("text/plain", ""))
        elif t == "error":
            err = m["content"]["evalue"]
        elif t == "status" and m["content"]["execution_state"] == "idle":
            break
    return time.time() - t0, "".join(out).strip(), err

for round_ in ("kernel 1", "kernel 2 (new kernel, plugins on disk)"):
    km, kc = start_new_kernel(kernel_name="gophernotes")
    try:
        for label, code in [
            ("import \"cmp\"", 'import "cmp"'),
            ("declarations (go/types check)", DECL),
            ("Max(3, 7) first", "Max(3, 7)"),
            ("Max(3, 7) again", "Max(3, 7)"),
            ("Max(4, 9) same instantiation", "Max(4, 9)"),
            ("var s Stack[int]; s.Push(1); s.Len() first", "var s Stack[int]\ns.Push(1)\ns.Len()"),
            ("&Stack[int]{} again", "p := &Stack[int]{}\np.Push(2)\np.Len()"),
        ]:
            dt, out, err = run(kc, code)
            print(f"{round_}: {label}: {dt:.2f} s -> {out!r} {err or ''}", flush=True)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
