from lakip.cli.main import main

raise SystemExit(main())
