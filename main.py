from delegation_planner.app import main

main()
