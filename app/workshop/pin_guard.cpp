// (being written)
#include "workshop/pin_guard.h"
