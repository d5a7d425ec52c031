"""Demo databases: a new LeerWerk file filled with realistic but entirely invented data.

`generate_demo` is for trying LeerWerk out, for screenshots and training sessions, and for testing
the app at a size no real organisation reaches. Every person, school, phone number and address is
generated from word lists with `random.Random(seed)`, so the same seed and day give the same file.
Nothing is copied from real people; there is no BSN anywhere.

`generate` makes and fills the file; `builder` makes its rows, one builder per area of the domain (`reference`,
`learners`, `bpv_forms`, `trainings`, `coaching`) on the shared `rows`, with people and places from `names` and
logos and signatures from `pictures`.
"""

from desktop.demo.generate import generate_demo

__all__ = ["generate_demo"]
