// (being written)
#include "store/report_markdown.h"
