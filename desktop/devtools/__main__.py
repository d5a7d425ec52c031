import sys

from desktop.devtools import catalogs, forms


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "all"
    if what == "bundle":
        from desktop.devtools import bundle

        return bundle.main(argv[1:])
    if what == "manual":
        from pathlib import Path

        from desktop.devtools import manual

        made = manual.check_scaled(Path(argv[2])) if argv[1:2] == ["--scaled"] else manual.build_all()
        for path in made:
            print(f"wrote {path}")
        return 0
    if what in ("forms", "all"):
        for path in forms.build_all():
            print(f"wrote {path}")
    if what in ("catalogs", "all"):
        for path in catalogs.build_all():
            print(f"wrote {path}")
    if what == "schema":
        from desktop.devtools import schema

        print(f"wrote {schema.build()}")
        return 0
    if what == "server-messages":
        from desktop.devtools import server_messages

        print(f"wrote {server_messages.build()}")
        return 0
    if what not in ("forms", "catalogs", "all"):
        usage = (
            "usage: python -m desktop.devtools "
            "[forms|catalogs|all|manual [--scaled FOLDER]|bundle FOLDER|server-messages|schema]"
        )
        print(usage, file=sys.stderr)
        return 2
    return 0


sys.exit(main(sys.argv[1:]))
