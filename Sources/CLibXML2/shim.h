// libxml2's HTML parser for ArticleParsing (HTMLDocument.swift), and its XML parser for XMLElements.swift.
#ifndef PRESSWATCH_CLIBXML2_SHIM_H
#define PRESSWATCH_CLIBXML2_SHIM_H

// libxml2 is built with ICU, whose headers clash with the copy Foundation ships: keep them out.
// Nothing here touches the ICU-dependent part of xmlCharEncodingHandler.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/parser.h>

/// A structured-error handler that drops every message.
static void presswatch_xml_silent(void *context, xmlErrorPtr error) {
    (void)context;
    (void)error;
}

/// Routes this thread's libxml2 error reporting to nowhere, so nothing is ever printed
/// (libxml2 keeps these handlers per thread).
static inline void presswatch_xml_silence(void) {
    xmlSetStructuredErrorFunc(NULL, presswatch_xml_silent);
}

/// Frees what libxml2 allocated for the caller (`xmlFree` is a mutable C global, which Swift 6's
/// strict concurrency checking refuses to read).
static inline void presswatch_xml_free(void *pointer) {
    xmlFree(pointer);
}

#endif
