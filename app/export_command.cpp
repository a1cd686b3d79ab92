// (being written)
#include "export_command.h"
