#pragma once

#include "core/kb/article.h"

namespace civicdesk::core {

// One saved state of an article; the history is the list of these, oldest first.
struct ArticleVersion
{
    int version = 0;
    QDateTime savedAt; // UTC
    QString author;
    Article article;
};

} // namespace civicdesk::core
