#ifndef LKJIP_CLIBXML2_SHIM_H
#define LKJIP_CLIBXML2_SHIM_H
// Only the streaming reader is used (Reading/Docx/SafeXML.swift).
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, and its encoding.h then pulls in <unicode/ucnv.h>,
// which clashes with the ICU copy Foundation ships. Nothing here touches the ICU-only
// fields of xmlCharEncodingHandler (it is only ever used through pointers), so hide them.
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlreader.h>
#include <libxml/parser.h>
#endif
