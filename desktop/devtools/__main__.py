import sys

from desktop.devtools import catalogs, forms


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "all"
    if what == "bundle":
        from desktop.devtools import bundle

        return bundle.main(argv[1:])
    if what == "manual":
        from desktop.devtools import manual

        for path in manual.build_all():
            print(f"wrote {path}")
        return 0
    if what in ("forms", "all"):
        for path in forms.build_all():
            print(f"wrote {path}")
    if what in ("catalogs", "all"):
        for path in catalogs.build_all():
            print(f"wrote {path}")
    if what not in ("forms", "catalogs", "all"):
        print("usage: python -m desktop.devtools [forms|catalogs|all|manual|bundle FOLDER]", file=sys.stderr)
        return 2
    return 0


sys.exit(main(sys.argv[1:]))
