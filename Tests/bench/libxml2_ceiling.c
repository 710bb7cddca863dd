/* The ceiling libxml2 sets on presswatch's HTML speed: libxml2's HTML parser alone, with the same
 * options presswatch uses (Sources/HTMLTree/HTMLDocument.swift) and SAX callbacks that do
 * nothing, over the pages named on the command line, read into memory first.
 *
 * Usage: libxml2_ceiling ROUNDS PAGE...   prints "<pages> <best CPU seconds of one round>".
 * Built and run by parse_bench.py (cc + pkg-config libxml-2.0); prints figures, asserts nothing.
 * Exit status 2 when a page cannot be read. */
#include <libxml/HTMLparser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void start_element(void *context, const xmlChar *name, const xmlChar **attributes) {}
static void end_element(void *context, const xmlChar *name) {}
static void characters(void *context, const xmlChar *text, int length) {}
static void silent(void *context, const char *message, ...) {}

static double cpu_seconds(void) {
    struct timespec now;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return now.tv_sec + now.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s ROUNDS PAGE...\n", argv[0]);
        return 2;
    }
    int rounds = atoi(argv[1]);
    int pages = argc - 2;
    char **text = calloc(pages, sizeof *text);
    long *length = calloc(pages, sizeof *length);
    for (int i = 0; i < pages; i++) {
        FILE *file = fopen(argv[i + 2], "rb");
        if (!file) { perror(argv[i + 2]); return 2; }
        fseek(file, 0, SEEK_END);
        length[i] = ftell(file);
        rewind(file);
        text[i] = malloc(length[i] + 1);
        if (fread(text[i], 1, length[i], file) != (size_t)length[i]) { perror(argv[i + 2]); return 2; }
        fclose(file);
    }
    xmlInitParser();
    htmlSAXHandler handler;
    memset(&handler, 0, sizeof handler);
    handler.startElement = start_element;
    handler.endElement = end_element;
    handler.characters = characters;
    handler.cdataBlock = characters;
    handler.error = silent;
    handler.warning = silent;
    handler.initialized = 1;
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
    double best = -1;
    for (int round = 0; round < rounds; round++) {
        double start = cpu_seconds();
        for (int i = 0; i < pages; i++) {
            htmlParserCtxtPtr context = htmlNewParserCtxt();
            *context->sax = handler;
            htmlDocPtr document = htmlCtxtReadMemory(context, text[i], (int)length[i], NULL, "UTF-8", options);
            if (document) xmlFreeDoc(document);
            htmlFreeParserCtxt(context);
        }
        double used = cpu_seconds() - start;
        if (best < 0 || used < best) best = used;
    }
    printf("%d %.6f\n", pages, best);
    return 0;
}
