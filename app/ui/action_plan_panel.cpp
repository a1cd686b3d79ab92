// The action plan panel (issue 8; body to come).
#include "action_plan_panel.h"
