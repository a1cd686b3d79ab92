// A touch date picker: a month of large day buttons with month paging.
#pragma once
