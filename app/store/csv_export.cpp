// (being written)
#include "store/csv_export.h"
