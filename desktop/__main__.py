import sys

if __name__ == "__main__":
    # First of all: a frozen LeerWerk started as a worker process (rendering a batch of forms, see
    # desktop.services.form_batch) becomes that worker here and never reaches the command line. Only a frozen
    # program can be one (freeze_support does nothing otherwise): a start from source skips the import.
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    from desktop.cli import main

    sys.exit(main())
