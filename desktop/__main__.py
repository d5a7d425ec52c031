import multiprocessing
import sys

if __name__ == "__main__":
    # First of all: a frozen LeerWerk started as a worker process (rendering a batch of forms, see
    # desktop.services.form_batch) becomes that worker here and never reaches the command line.
    multiprocessing.freeze_support()
    from desktop.cli import main

    sys.exit(main())
