// The 中 mode strip above the on-screen keyboard: the pinyin being composed
// and the candidates as large buttons with paging (issue 9).
#pragma once
