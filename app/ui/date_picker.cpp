// The touch date picker (issue 8; body to come).
#include "date_picker.h"
