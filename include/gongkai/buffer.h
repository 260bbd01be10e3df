/*
 * gongkai/buffer.h: bytes the library allocates and hands to the caller.
 *
 * A gongkai_buffer is immutable once returned. Its contents are followed by one NUL byte that
 * is not counted in its size, so text output can be used as a C string directly.
 * Thread safety: a buffer may be read from several threads at once; free it once.
 */
#ifndef GONGKAI_BUFFER_H_
#define GONGKAI_BUFFER_H_

#include "gongkai/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct gongkai_buffer gongkai_buffer;

/* The first byte of the buffer's contents; never NULL for a non-NULL buffer, even when empty.
 * Returns NULL for a NULL buffer. Valid until the buffer is freed. */
GONGKAI_API const uint8_t* gongkai_buffer_data(const gongkai_buffer* buffer);

/* The number of bytes in the buffer, not counting the trailing NUL; 0 for a NULL buffer. */
GONGKAI_API size_t gongkai_buffer_size(const gongkai_buffer* buffer);

/* Releases a buffer returned by the library. gongkai_buffer_free(NULL) does nothing. */
GONGKAI_API void gongkai_buffer_free(gongkai_buffer* buffer);

#ifdef __cplusplus
}
#endif

#endif /* GONGKAI_BUFFER_H_ */
