#pragma once

#include <QDialog>

namespace civicdesk::widgets {

// Version, licence, and the licences of what CivicDesk is built on.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace civicdesk::widgets
