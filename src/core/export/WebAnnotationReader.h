#pragma once

#include "Annotation.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace duizhao {

// Reads W3C Web Annotations back: Duizhao's own export (see WebAnnotationExporter) and,
// as far as they go, other tools' — an AnnotationCollection (its embedded pages), an
// AnnotationPage, an array of Annotations or a single Annotation.
class WebAnnotationReader
{
public:
    // One Annotation of the file, not yet placed in any essay.
    struct Item {
        Annotation annotation; // essayId 0; anchor as the file says (block -1 if it names none)
        QString source;        // local file path when the source is a file URI, else the URI
        QString sha256;        // of the essay file, when the file says
        QString problem;       // why this item cannot be imported at all; empty when it can
    };

    // nullopt, with `error` set to a one-line reason, when the bytes are not JSON or hold
    // no Web Annotation structure at all. Items that are broken one by one come back with
    // `problem` set, so the caller can report them with the rest.
    static std::optional<QList<Item>> read(const QByteArray &json, QString *error);
};

} // namespace duizhao
