/* Test-only stand-in for Windows' icuuc.dll, for running StoreCRM under Wine 8 in CI.
 *
 * Qt 6.7 and newer link Qt6Core.dll against the ICU that Windows 10 1903+ ships in
 * System32\icuuc.dll, for QStringConverter's legacy encodings (GBK, Big5, ...). Wine 8 has no
 * icuuc.dll, so Qt6Core.dll does not load. This stand-in exports the ucnv_* functions Qt6Core
 * imports and offers no converter at all: ucnv_open fails, ucnv_countAvailable is 0, and Qt
 * keeps to its built-in UTF-8/UTF-16/Latin-1 codecs. StoreCRM reads GBK files with Python's
 * codecs, not Qt's, so nothing it does depends on ICU.
 *
 * packaging/windows/wine_build.sh builds it with gcc-mingw-w64 into the Wine prefix's System32.
 * It must never be shipped: the installer build and CI check that no bundle holds it (the
 * marker string below is what they look for besides the name).
 */
#include <stddef.h>
#include <stdint.h>

#define U_UNSUPPORTED_ERROR 16
#define U_FILE_ACCESS_ERROR 4

typedef int UErrorCode;
typedef struct UConverter UConverter;
typedef uint16_t UChar;
typedef int32_t UChar32;

__attribute__((used)) static const char marker[] = "STORECRM-WINE-TEST-STAND-IN icuuc";

static void fail(UErrorCode *err, UErrorCode code)
{
    if (err && *err <= 0)
        *err = code;
}

UConverter *ucnv_open(const char *name, UErrorCode *err)
{
    (void)name;
    fail(err, U_FILE_ACCESS_ERROR);
    return NULL;
}

void ucnv_close(UConverter *cnv) { (void)cnv; }
void ucnv_reset(UConverter *cnv) { (void)cnv; }
int8_t ucnv_getMaxCharSize(const UConverter *cnv) { (void)cnv; return 1; }
int32_t ucnv_countAvailable(void) { return 0; }
const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }

const char *ucnv_getName(const UConverter *cnv, UErrorCode *err)
{
    (void)cnv;
    fail(err, U_UNSUPPORTED_ERROR);
    return NULL;
}

const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err)
{
    (void)name;
    (void)standard;
    fail(err, U_UNSUPPORTED_ERROR);
    return NULL;
}

/* The callback getters and setters, and the callbacks themselves: never reached without a
 * converter, but Qt6Core imports them. */
void ucnv_getToUCallBack(const UConverter *cnv, void **action, const void **context)
{
    (void)cnv;
    if (action) *action = NULL;
    if (context) *context = NULL;
}

void ucnv_getFromUCallBack(const UConverter *cnv, void **action, const void **context)
{
    ucnv_getToUCallBack(cnv, action, context);
}

void ucnv_setToUCallBack(UConverter *cnv, void *action, const void *context, void **old_action,
                         const void **old_context, UErrorCode *err)
{
    (void)cnv, (void)action, (void)context, (void)old_action, (void)old_context;
    fail(err, U_UNSUPPORTED_ERROR);
}

void ucnv_setFromUCallBack(UConverter *cnv, void *action, const void *context,
                           void **old_action, const void **old_context, UErrorCode *err)
{
    ucnv_setToUCallBack(cnv, action, context, old_action, old_context, err);
}

void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const UChar *units,
                                     int32_t length, UChar32 code_point, int reason,
                                     UErrorCode *err)
{
    (void)context, (void)args, (void)units, (void)length, (void)code_point, (void)reason;
    fail(err, U_UNSUPPORTED_ERROR);
}

void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *bytes,
                                   int32_t length, int reason, UErrorCode *err)
{
    (void)context, (void)args, (void)bytes, (void)length, (void)reason;
    fail(err, U_UNSUPPORTED_ERROR);
}

void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *source_limit,
                             int32_t offset_index, UErrorCode *err)
{
    (void)args, (void)source, (void)source_limit, (void)offset_index;
    fail(err, U_UNSUPPORTED_ERROR);
}

void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length,
                           int32_t offset_index, UErrorCode *err)
{
    (void)args, (void)source, (void)length, (void)offset_index;
    fail(err, U_UNSUPPORTED_ERROR);
}

void ucnv_toUnicode(UConverter *cnv, UChar **target, const UChar *target_limit,
                    const char **source, const char *source_limit, int32_t *offsets,
                    int8_t flush, UErrorCode *err)
{
    (void)cnv, (void)target, (void)target_limit, (void)source, (void)source_limit;
    (void)offsets, (void)flush;
    fail(err, U_UNSUPPORTED_ERROR);
}

void ucnv_fromUnicode(UConverter *cnv, char **target, const char *target_limit,
                      const UChar **source, const UChar *source_limit, int32_t *offsets,
                      int8_t flush, UErrorCode *err)
{
    (void)cnv, (void)target, (void)target_limit, (void)source, (void)source_limit;
    (void)offsets, (void)flush;
    fail(err, U_UNSUPPORTED_ERROR);
}

int32_t ucnv_toUCountPending(const UConverter *cnv, UErrorCode *err)
{
    (void)cnv;
    fail(err, U_UNSUPPORTED_ERROR);
    return 0;
}

int32_t ucnv_fromUCountPending(const UConverter *cnv, UErrorCode *err)
{
    return ucnv_toUCountPending(cnv, err);
}
