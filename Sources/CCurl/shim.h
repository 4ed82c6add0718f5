#ifndef MATCHD_CCURL_SHIM_H
#define MATCHD_CCURL_SHIM_H

#include <curl/curl.h>

/*
 * Swift cannot call C variadic functions, so curl_easy_setopt and
 * curl_easy_getinfo are exposed through small typed, non-variadic wrappers.
 * Each wrapper passes exactly one argument of the type libcurl expects for
 * the given option, which is what makes the variadic call well-defined.
 */

/// Sets an option whose argument is a `long`.
static inline CURLcode matchd_curl_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

/// Sets an option whose argument is a NUL-terminated string (libcurl copies it).
static inline CURLcode matchd_curl_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

/// Sets an option whose argument is an untyped pointer (callback user data, CURLU handles, buffers).
static inline CURLcode matchd_curl_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

/// Sets an option whose argument is a `struct curl_slist *` (headers, resolve pins).
static inline CURLcode matchd_curl_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}

/// Installs the body write callback (CURLOPT_WRITEFUNCTION).
static inline CURLcode matchd_curl_setopt_write_callback(CURL *handle, curl_write_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, callback);
}

/// Installs the header callback (CURLOPT_HEADERFUNCTION); it shares the write callback's signature.
static inline CURLcode matchd_curl_setopt_header_callback(CURL *handle, curl_write_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, callback);
}

/// Installs the progress callback (CURLOPT_XFERINFOFUNCTION), used to abort cancelled transfers.
static inline CURLcode matchd_curl_setopt_xferinfo_callback(CURL *handle, curl_xferinfo_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, callback);
}

/// Installs the upload read callback (CURLOPT_READFUNCTION), which hands libcurl the bytes of an
/// SMTP message.
static inline CURLcode matchd_curl_setopt_read_callback(CURL *handle, curl_read_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_READFUNCTION, callback);
}

/// Reads a `long` transfer property (for example CURLINFO_RESPONSE_CODE).
static inline CURLcode matchd_curl_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

/// The CURL_GLOBAL_DEFAULT flag set, which is a macro expression Swift does not import.
static inline long matchd_curl_global_default_flags(void) {
    return CURL_GLOBAL_DEFAULT;
}

#endif
