// Source positions through the frame and traceback attributes traceback.py reads: tb_lineno,
// tb_lasti indexing co_positions(), f_lineno / f_lasti of running and finished frames, co_lines(),
// f_locals of a frame a traceback kept, a bare raise adding no entry. Expected output printed by
// CPython 3.14 (python3.14t) for the same program.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const MAIN = fileURLToPath(new URL("../../src/cli/main.js", import.meta.url));
const PROGRAM = "import sys\ndef f(x):\n    return x.missing + 1\ntry:\n    f(None)\nexcept AttributeError as e:\n    tb = e.__traceback__\n    while tb.tb_next:\n        tb = tb.tb_next\n    code = tb.tb_frame.f_code\n    pos = list(code.co_positions())\n    print(tb.tb_lineno, tb.tb_frame.f_lineno, pos[tb.tb_lasti // 2])\n    print(tb.tb_frame.f_lasti == tb.tb_lasti, tb.tb_lasti % 2)\n    print(sorted({l for s, e, l in code.co_lines() if l is not None}))\n    print(all(len(p) == 4 for p in pos), all(s < e for s, e, l in code.co_lines()))\n    print(sys._getframe().f_lineno)\ndef g():\n    frame = sys._getframe()\n    return frame.f_lineno, frame.f_back.f_lineno, frame.f_code.co_name\nprint(g())\ndef multi():\n    return (1 +\n        undefined)\ntry:\n    multi()\nexcept NameError as e:\n    tb = e.__traceback__.tb_next\n    print(tb.tb_lineno, list(tb.tb_frame.f_code.co_positions())[tb.tb_lasti // 2])\ndef h(a, b=2):\n    c = a + b\n    raise ValueError(c)\ntry:\n    h(1)\nexcept ValueError as e:\n    print(sorted(e.__traceback__.tb_next.tb_frame.f_locals.items()))\n    print(e.__traceback__.tb_lineno, e.__traceback__.tb_frame is sys._getframe())\ndef rer():\n    try:\n        1 / 0\n    except ZeroDivisionError:\n        raise\ntry:\n    rer()\nexcept ZeroDivisionError as e:\n    tb = e.__traceback__.tb_next\n    print(tb.tb_lineno, tb.tb_next)\n";
const EXPECTED = "3 3 (3, 3, 11, 20)\nTrue 0\n[2, 3]\nTrue True\n16\n(19, 20, 'g')\n23 (23, 23, 8, 17)\n[('a', 1), ('b', 2), ('c', 3)]\n33 True\n39 None\n";

test("positions, tb_lasti and frame attributes match CPython 3.14", () => {
  const r = spawnSync(process.execPath, ["--stack-size=7800", MAIN, "-c", PROGRAM], { encoding: "utf8" });
  assert.equal(r.stdout + r.stderr, EXPECTED);
});
