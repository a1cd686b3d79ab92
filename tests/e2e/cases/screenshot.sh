# e2e case: screenshot-zh-CN | screenshot-zh-TW | screenshot-en (sourced by run_app_e2e.sh; helpers in lib.sh)
check_screenshot "${case_name#screenshot-}"
