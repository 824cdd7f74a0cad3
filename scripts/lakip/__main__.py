from lakip.cli import main

raise SystemExit(main())
