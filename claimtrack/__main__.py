"""`python -m claimtrack`: the command line, as the `claimtrack` command runs it."""

from claimtrack.cli.app import main

if __name__ == "__main__":
    main()
