#pragma once

#include <QMetaType>

namespace civicdesk::core {

// What one sync did, for the status bar, the CLI and the tests.
struct SyncReport
{
    int pushed = 0;     // changes the server applied as sent
    int merged = 0;     // updates the server merged with someone else's edit
    int duplicates = 0; // retries of changes already applied (a lost reply)
    int rejected = 0;   // refused by the server; parked in the conflicts list
    int pulledTickets = 0;
    int pulledNotes = 0;
    int pulledAudit = 0;
    int heldBack = 0; // pulled tickets not applied because local edits wait to be pushed
    bool catalogueUpdated = false;
    int articles = 0;

    SyncReport &operator+=(const SyncReport &o)
    {
        pushed += o.pushed;
        merged += o.merged;
        duplicates += o.duplicates;
        rejected += o.rejected;
        pulledTickets += o.pulledTickets;
        pulledNotes += o.pulledNotes;
        pulledAudit += o.pulledAudit;
        heldBack += o.heldBack;
        catalogueUpdated = catalogueUpdated || o.catalogueUpdated;
        articles += o.articles;
        return *this;
    }
};

} // namespace civicdesk::core

Q_DECLARE_METATYPE(civicdesk::core::SyncReport)
