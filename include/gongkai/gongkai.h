/*
 * gongkai/gongkai.h: the whole public C API of Gongkai, the library for China's government
 * information disclosure work (政府信息公开).
 *
 * Include this header only. What is not reachable from it is not API. The conventions every
 * function follows are listed at the top of gongkai/common.h; the stability promise is in
 * docs/api-stability.md.
 */
#ifndef GONGKAI_GONGKAI_H_
#define GONGKAI_GONGKAI_H_

#include "gongkai/annual.h"
#include "gongkai/buffer.h"
#include "gongkai/calendar.h"
#include "gongkai/cases.h"
#include "gongkai/common.h"
#include "gongkai/disclosure.h"
#include "gongkai/message.h"
#include "gongkai/notice.h"
#include "gongkai/registry.h"
#include "gongkai/remedy.h"
#include "gongkai/report.h"
#include "gongkai/slip.h"
#include "gongkai/version.h"

#endif /* GONGKAI_GONGKAI_H_ */
