<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>About</name>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Operator guide — Standby</source>
            <translation>Handleiding voor operators — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>The README is not installed with this copy.</source>
            <translation>De README is niet met deze kopie geïnstalleerd.</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>The whole README: &lt;a href="{0}"&gt;{1}&lt;/a&gt;</source>
            <translation>De hele README: &lt;a href="{0}"&gt;{1}&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>About Standby</source>
            <translation>Over Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>&lt;h2&gt;Standby {0}&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Standby {0}&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Site recovery for virtual machines: replicate, test, fail over and fail back between two sites.</source>
            <translation>Siteherstel voor virtuele machines: repliceren, testen, failover uitvoeren en failback tussen twee sites.</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Qt {0}, PySide6 {1}, Python {2}</source>
            <translation>Qt {0}, PySide6 {1}, Python {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>&lt;b&gt;Libraries and their licences&lt;/b&gt;</source>
            <translation>&lt;b&gt;Bibliotheken en hun licenties&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Library</source>
            <translation>Bibliotheek</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Version</source>
            <translation>Versie</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Licence</source>
            <translation>Licentie</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Qt and PySide6 are used under the GNU LGPL version 3: they are loaded as separate libraries, which you may replace with your own builds. Their source code is at &lt;a href="https://download.qt.io/"&gt;download.qt.io&lt;/a&gt;. Standby itself is proprietary.</source>
            <translation>Qt en PySide6 worden gebruikt onder de GNU LGPL versie 3: ze worden als afzonderlijke bibliotheken geladen, die u door eigen builds mag vervangen. Hun broncode staat op &lt;a href="https://download.qt.io/"&gt;download.qt.io&lt;/a&gt;. Standby zelf is propriëtair.</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Operator &amp;guide</source>
            <translation>&amp;Handleiding</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Vault: {0} (not connected yet)</source>
            <translation>Kluis: {0} (nog niet verbonden)</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>, an embedded lab</source>
            <translation>, een ingebouwd lab</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Vault: {0} at {1}{2}; control plane version {3}</source>
            <translation>Kluis: {0} op {1}{2}; versie van het besturingsvlak {3}</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>&amp;Operator guide</source>
            <translation>&amp;Handleiding voor operators</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Open the &amp;README</source>
            <translation>&amp;README openen</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>&amp;About Standby</source>
            <translation>&amp;Over Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>About &amp;Qt</source>
            <translation>Over &amp;Qt</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Enable protection</source>
            <translation>Beveiliging inschakelen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Disable protection</source>
            <translation>Beveiliging uitschakelen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Test failover</source>
            <translation>Testfailover</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Test failover cleanup</source>
            <translation>Testfailover opschonen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Planned failover</source>
            <translation>Geplande failover</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Unplanned failover</source>
            <translation>Niet-geplande failover</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Commit</source>
            <translation>Doorvoeren</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Change recovery point</source>
            <translation>Herstelpunt wijzigen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Cancel failover</source>
            <translation>Failover annuleren</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replication</source>
            <translation>Omgekeerde replicatie</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failback</source>
            <translation>Failback</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronize</source>
            <translation>Opnieuw synchroniseren</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Pause replication</source>
            <translation>Replicatie onderbreken</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resume replication</source>
            <translation>Replicatie hervatten</translation>
        </message>
        <message>
            <location filename="../../app/console/actions.py" />
            <source>Not connected to the control plane: operations are refused until it is back</source>
            <translation>Niet verbonden met het besturingsvlak: bewerkingen worden geweigerd tot het terug is</translation>
        </message>
        <message>
            <location filename="../../app/console/actions.py" />
            <source> (next retry in {0:.0f} s)</source>
            <translation> (volgende poging over {0:.0f} s)</translation>
        </message>
        <message>
            <location filename="../../app/console/actions.py" />
            <source>Your token has the viewer role: it may look, not run operations.</source>
            <translation>Uw token heeft de rol lezer: het mag kijken, geen bewerkingen uitvoeren.</translation>
        </message>
        <message>
            <location filename="../../app/console/actions.py" />
            <source>Enable protection needs a cloud pairing for this VM's cloud: pair the cloud with a recovery cloud first.</source>
            <translation>Beveiliging inschakelen vereist een cloudkoppeling voor de cloud van deze VM: koppel de cloud eerst aan een herstelcloud.</translation>
        </message>
    </context>
    <context>
        <name>ActionsPanel</name>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Group name</source>
            <translation>Groepsnaam</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Group &amp;name:</source>
            <translation>Groeps&amp;naam:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Before the VMs</source>
            <translation>Vóór de VM's</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>After the VMs</source>
            <translation>Na de VM's</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>+ Script</source>
            <translation>+ Script</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>+ Manual step</source>
            <translation>+ Handmatige stap</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>A command the control plane runs, with a timeout</source>
            <translation>Een opdracht die het besturingsvlak uitvoert, met een time-out</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Instructions; the plan waits until an operator resumes it</source>
            <translation>Instructies; het plan wacht tot een operator het hervat</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Action name</source>
            <translation>Actienaam</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Na&amp;me:</source>
            <translation>Naa&amp;m:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Command</source>
            <translation>Opdracht</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>e.g. /opt/dr/check-dns.sh $STANDBY_GROUP</source>
            <translation>bijv. /opt/dr/check-dns.sh $STANDBY_GROUP</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>&amp;Command:</source>
            <translation>&amp;Opdracht:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Timeout in seconds</source>
            <translation>Time-out in seconden</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>&amp;Timeout:</source>
            <translation>&amp;Time-out:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Instructions</source>
            <translation>Instructies</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>What the operator must do before the plan goes on</source>
            <translation>Wat de operator moet doen voordat het plan verdergaat</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>&amp;Instructions:</source>
            <translation>&amp;Instructies:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Select a group to edit its name and actions.</source>
            <translation>Selecteer een groep om de naam en acties te bewerken.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Group {0}</source>
            <translation>Groep {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Script</source>
            <translation>Script</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Manual</source>
            <translation>Handmatig</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Action (select or add one)</source>
            <translation>Actie (selecteer of voeg er een toe)</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Script action</source>
            <translation>Scriptactie</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Manual action</source>
            <translation>Handmatige actie</translation>
        </message>
    </context>
    <context>
        <name>ActivityPane</name>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Activity</source>
            <translation>Activiteit</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Event log</source>
            <translation>Gebeurtenislogboek</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Events</source>
            <translation>Gebeurtenissen</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Audit log</source>
            <translation>Auditlogboek</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Refresh audit log</source>
            <translation>Auditlogboek vernieuwen</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Audit</source>
            <translation>Audit</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>The audit log needs the operator role.</source>
            <translation>Het auditlogboek vereist de rol operator.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Could not fetch the audit log: {0}</source>
            <translation>Kan het auditlogboek niet ophalen: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>{0} entries.</source>
            <translation>{0} items.</translation>
        </message>
    </context>
    <context>
        <name>Addresses</name>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>keeps its address (it reports none)</source>
            <translation>behoudt zijn adres (het meldt er geen)</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>{0} in {1}</source>
            <translation>{0} in {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>{0} (per-VM rule)</source>
            <translation>{0} (regel per VM)</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>{0} (subnet rule)</source>
            <translation>{0} (subnetregel)</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>{0} (subnet rule {1} → {2})</source>
            <translation>{0} (subnetregel {1} → {2})</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>keeps {0}</source>
            <translation>behoudt {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>no address: the VM is attached to no network</source>
            <translation>geen adres: de VM is met geen enkel netwerk verbonden</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>no address: its network has no network mapping</source>
            <translation>geen adres: zijn netwerk heeft geen netwerktoewijzing</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>no address: the VM reports none and no per-VM rule names one</source>
            <translation>geen adres: de VM meldt er geen en geen regel per VM noemt er een</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>no address: no rule of the network mapping covers {0}</source>
            <translation>geen adres: geen regel van de netwerktoewijzing dekt {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>subnet rule {0} → {1}</source>
            <translation>subnetregel {0} → {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>, gateway {0}</source>
            <translation>, gateway {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>a VM no longer in the inventory</source>
            <translation>een VM die niet meer in de inventaris staat</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>{0} gets {1}</source>
            <translation>{0} krijgt {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>no IP rules: VMs keep their addresses</source>
            <translation>geen IP-regels: VM's behouden hun adressen</translation>
        </message>
    </context>
    <context>
        <name>AlertText</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The replication agent on host {host} lost its connection.</source>
            <translation>De replicatieagent op host {host} heeft de verbinding verloren.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The replication agent on host {host} reconnected.</source>
            <translation>De replicatieagent op host {host} is opnieuw verbonden.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Site {site} is unreachable.</source>
            <translation>Site {site} is onbereikbaar.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Site {site} is reachable again.</source>
            <translation>Site {site} is weer bereikbaar.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Storage on host {host} is low: {figures}. When it is full, replication to and from this host pauses: free space on it or add storage.</source>
            <translation>De opslag op host {host} raakt vol: {figures}. Als die vol is, wordt replicatie van en naar deze host onderbroken: maak ruimte vrij of voeg opslag toe.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>It has space again: {figures}.</source>
            <translation>Er is weer ruimte: {figures}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Protection at risk at {site}: {count} protected VM(s) cannot reach their recovery host ({causes}): {vms}. Changes are not being replicated, and a failover to the site must wait until it returns.</source>
            <translation>Beveiliging in gevaar op {site}: {count} beveiligde VM('s) kunnen hun herstelhost niet bereiken ({causes}): {vms}. Wijzigingen worden niet gerepliceerd, en een failover naar de site moet wachten tot die terug is.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>{names} and {more} more</source>
            <translation>{names} en nog {more}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication reaches it again.</source>
            <translation>Replicatie bereikt de site weer.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication reaches {site} again: its protected VMs are protected again, and failover to the site is possible.</source>
            <translation>Replicatie bereikt {site} weer: de beveiligde VM's zijn weer beveiligd, en failover naar de site is mogelijk.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Storage on {host} is full ({what}): replication of {count} protected item(s) is paused until space returns.</source>
            <translation>De opslag op {host} is vol ({what}): replicatie van {count} beveiligde item(s) is onderbroken tot er weer ruimte is.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>replica storage</source>
            <translation>replicaopslag</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>VM storage</source>
            <translation>VM-opslag</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>{first} and {second}</source>
            <translation>{first} en {second}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Space returned.</source>
            <translation>Er is weer ruimte.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication figures are not being updated: no successful status read since {since}. RPO, health and recovery points shown may be out of date; check the control plane's log and the hosts' agents.</source>
            <translation>Replicatiecijfers worden niet bijgewerkt: geen geslaagde statuslezing sinds {since}. RPO, integriteit en herstelpunten kunnen verouderd zijn; controleer het logboek van het besturingsvlak en de agents van de hosts.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication figures are not being updated: no successful status read since its start. RPO, health and recovery points shown may be out of date; check the control plane's log and the hosts' agents.</source>
            <translation>Replicatiecijfers worden niet bijgewerkt: geen geslaagde statuslezing sinds de start. RPO, integriteit en herstelpunten kunnen verouderd zijn; controleer het logboek van het besturingsvlak en de agents van de hosts.</translation>
        </message>
    </context>
    <context>
        <name>AlertsModel</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Info</source>
            <translation>Informatie</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Warning</source>
            <translation>Waarschuwing</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Critical</source>
            <translation>Kritiek</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <location filename="../../app/console/alert_text.py" />
            <source>VM</source>
            <translation>VM</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <location filename="../../app/console/alert_text.py" />
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <location filename="../../app/console/alert_text.py" />
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <location filename="../../app/console/alert_text.py" />
            <source>Vault</source>
            <translation>Kluis</translation>
        </message>
        <message>
            <location filename="../../app/console/alert_text.py" />
            <source>Protected item</source>
            <translation>Beveiligd item</translation>
        </message>
        <message>
            <location filename="../../app/console/alert_text.py" />
            <source>Recovery plan</source>
            <translation>Herstelplan</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Drill</source>
            <translation>Oefening</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Recovery side unreachable</source>
            <translation>Herstelzijde onbereikbaar</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Recovery side reachable again</source>
            <translation>Herstelzijde weer bereikbaar</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Site down</source>
            <translation>Site offline</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Agent disconnected</source>
            <translation>Agent niet verbonden</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Primary site down</source>
            <translation>Primaire site uitgevallen</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Job failed</source>
            <translation>Taak mislukt</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Manual action waiting</source>
            <translation>Handmatige actie wacht</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>DR drill failed</source>
            <translation>DR-oefening mislukt</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>RPO far over target</source>
            <translation>RPO ver boven doel</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>RPO over target</source>
            <translation>RPO boven doel</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>No recovery point yet</source>
            <translation>Nog geen herstelpunt</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Replication cycles missed</source>
            <translation>Replicatiecycli gemist</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Replication paused</source>
            <translation>Replicatie gepauzeerd</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Resynchronization required</source>
            <translation>Opnieuw synchroniseren vereist</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Enabling protection failed</source>
            <translation>Beveiliging inschakelen mislukt</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Failover failed</source>
            <translation>Failover mislukt</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Reverse replication failed</source>
            <translation>Omgekeerde replicatie mislukt</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Awaiting reverse replication</source>
            <translation>Wacht op omgekeerde replicatie</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Test failover not cleaned up</source>
            <translation>Testfailover niet opgeruimd</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Storage full</source>
            <translation>Opslag vol</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Replica storage full</source>
            <translation>Replica-opslag vol</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Source storage full</source>
            <translation>Bronopslag vol</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Storage low</source>
            <translation>Weinig opslagruimte</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Control plane task failing</source>
            <translation>Taak van het besturingsvlak faalt</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Replication figures not current</source>
            <translation>Replicatiecijfers niet actueel</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Other alerts</source>
            <translation>Andere waarschuwingen</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Job</source>
            <translation>Taak</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Resolved {0} (lasted {1})</source>
            <translation>Opgelost {0} (duurde {1})</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>For information</source>
            <translation>Ter informatie</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Open · last seen {0}</source>
            <translation>Open · laatst gezien {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>acknowledged by {0} at {1}</source>
            <translation>bevestigd door {0} om {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Severity</source>
            <translation>Ernst</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Object</source>
            <translation>Object</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>First seen</source>
            <translation>Eerst gezien</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Message</source>
            <translation>Bericht</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>{0} · {1} open</source>
            <translation>{0} · {1} open</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>{0} · {1}</source>
            <translation>{0} · {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>{0} · resolved</source>
            <translation>{0} · opgelost</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>What to do: {0}</source>
            <translation>Wat te doen: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>{0} — {1}</source>
            <translation>{0} — {1}</translation>
        </message>
    </context>
    <context>
        <name>AlertsPane</name>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>Alerts</source>
            <translation>Waarschuwingen</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>Alerts by cause</source>
            <translation>Waarschuwingen per oorzaak</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>&amp;Acknowledge</source>
            <translation>&amp;Bevestigen</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>Acknowledge the selected alerts</source>
            <translation>De geselecteerde waarschuwingen bevestigen</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>What to do: {0}</source>
            <translation>Wat te doen: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>Double-click to open its job.</source>
            <translation>Dubbelklik om de taak te openen.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>Not connected to the control plane: cannot acknowledge now.</source>
            <translation>Niet verbonden met het besturingsvlak: bevestigen kan nu niet.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>Could not acknowledge: {0}</source>
            <translation>Bevestigen mislukt: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>{0} alert(s) acknowledged.</source>
            <translation>{0} waarschuwing(en) bevestigd.</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Actor</source>
            <translation>Actor</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Request</source>
            <translation>Aanvraag</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Object</source>
            <translation>Object</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Outcome</source>
            <translation>Resultaat</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>viewer</source>
            <translation>lezer</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>operator</source>
            <translation>operator</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>admin</source>
            <translation>beheerder</translation>
        </message>
    </context>
    <context>
        <name>ChecksPage</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Pre-checks</source>
            <translation>Voorafgaande controles</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Every VM of the plan must be protected and healthy, and no test failover, plan job or drill of this plan may be running.</source>
            <translation>Elke VM van het plan moet beveiligd en gezond zijn, en er mag geen testfailover, plantaak of oefening van dit plan lopen.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Pre-check results</source>
            <translation>Resultaten van de controles</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Check</source>
            <translation>Controle</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Check &amp;again</source>
            <translation>&amp;Opnieuw controleren</translation>
        </message>
    </context>
    <context>
        <name>CleanupPage</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Clean up</source>
            <translation>Opschonen</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Cleanup removes the test VMs (only what the test failover created). Say what the drill showed: the notes go into the report and are required.</source>
            <translation>Opschonen verwijdert de test-VM's (alleen wat de testfailover heeft gemaakt). Zeg wat de oefening liet zien: de notities komen in het rapport en zijn verplicht.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>What was verified, what did not work, follow-up actions…</source>
            <translation>Wat is gecontroleerd, wat niet werkte, vervolgacties…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Manual action &amp;done — continue</source>
            <translation>Handmatige actie &amp;klaar — doorgaan</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Connect to a Standby vault</source>
            <translation>Verbinding maken met een Standby-kluis</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Saved profiles</source>
            <translation>Opgeslagen profielen</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>New profile…</source>
            <translation>Nieuw profiel…</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>&amp;Profile:</source>
            <translation>&amp;Profiel:</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>e.g. Production vault</source>
            <translation>bijv. Productiekluis</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Naam:</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>&amp;URL:</source>
            <translation>&amp;URL:</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>optional: the vault's own CA certificate</source>
            <translation>optioneel: het eigen CA-certificaat van de kluis</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Browse…</source>
            <translation>Bladeren…</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>&amp;CA file:</source>
            <translation>&amp;CA-bestand:</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>&amp;Token:</source>
            <translation>&amp;Token:</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>&amp;Remember the token in the system keyring</source>
            <translation>Token &amp;onthouden in de sleutelhanger van het systeem</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Tokens are kept in the system keyring only.</source>
            <translation>Tokens worden alleen in de sleutelhanger van het systeem bewaard.</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>The keyring could not be loaded: {0}</source>
            <translation>De sleutelhanger kon niet worden geladen: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>No system keyring was found (on Linux: a Secret Service such as GNOME Keyring or KWallet). Tokens are not remembered; you are asked for them each session.</source>
            <translation>Geen systeemsleutelhanger gevonden (op Linux: een Secret Service zoals GNOME Keyring of KWallet). Tokens worden niet onthouden; ze worden elke sessie gevraagd.</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>The keyring is disabled (null backend). Tokens are not remembered; you are asked for them each session.</source>
            <translation>De sleutelhanger is uitgeschakeld (null-backend). Tokens worden niet onthouden; ze worden elke sessie gevraagd.</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Co&amp;nnect</source>
            <translation>&amp;Verbinden</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>stored in the keyring</source>
            <translation>opgeslagen in de sleutelhanger</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>bearer token</source>
            <translation>bearer-token</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>CA certificate</source>
            <translation>CA-certificaat</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Certificates (*.pem *.crt);;All files (*)</source>
            <translation>Certificaten (*.pem *.crt);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Give the profile a name (without / \ or =).</source>
            <translation>Geef het profiel een naam (zonder / \ of =).</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>The URL starts with https:// (or http://).</source>
            <translation>De URL begint met https:// (of http://).</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Give the token (ask your administrator for one).</source>
            <translation>Geef het token op (vraag uw beheerder erom).</translation>
        </message>
    </context>
    <context>
        <name>Console</name>
        <message>
            <location filename="../../app/console/app.py" />
            <source>No keyring is available: give the token for this session.</source>
            <translation>Er is geen sleutelhanger beschikbaar: geef het token op voor deze sessie.</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Standby dashboard</source>
            <translation>Standby-dashboard</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Standby</source>
            <translation>Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Data is not live</source>
            <translation>Gegevens zijn niet live</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Protected VMs</source>
            <translation>Beveiligde VM's</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>RPO compliance</source>
            <translation>RPO-naleving</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Sites</source>
            <translation>Sites</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Active jobs</source>
            <translation>Actieve taken</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Jobs in progress</source>
            <translation>Lopende taken</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Worst RPO</source>
            <translation>Slechtste RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>VM</source>
            <translation>VM</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>RPO</source>
            <translation>RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Warning above</source>
            <translation>Waarschuwing boven</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Critical alerts</source>
            <translation>Kritieke waarschuwingen</translation>
        </message>
    </context>
    <context>
        <name>DashboardWindow</name>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>&amp;Full screen</source>
            <translation>&amp;Volledig scherm</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>&amp;Close the dashboard</source>
            <translation>Dashboard &amp;sluiten</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>Standby · {0}</source>
            <translation>Standby · {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>All normal</source>
            <translation>Alles normaal</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>Warning</source>
            <translation>Waarschuwing</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>Critical</source>
            <translation>Kritiek</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>STALE</source>
            <translation>VEROUDERD</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>LIVE</source>
            <translation>LIVE</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>{0} of {1} within target</source>
            <translation>{0} van {1} binnen het doel</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>Target: RPO ≤ 2 × copy frequency</source>
            <translation>Doel: RPO ≤ 2 × kopieerfrequentie</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>{0} failed over: not counted</source>
            <translation>{0} met failover: niet meegeteld</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>the recovery site</source>
            <translation>de herstelsite</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>{0} at risk: {1} unreachable, changes not replicated</source>
            <translation>{0} in gevaar: {1} onbereikbaar, wijzigingen niet gerepliceerd</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>{0}/{1} up</source>
            <translation>{0}/{1} online</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>UP</source>
            <translation>ONLINE</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>DOWN</source>
            <translation>OFFLINE</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source> · VMM disconnected</source>
            <translation> · VMM niet verbonden</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>{0} waiting for an operator</source>
            <translation>{0} wachten op een operator</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source> (waiting for an operator)</source>
            <translation> (wacht op een operator)</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>no recovery point</source>
            <translation>geen herstelpunt</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>CRITICAL ALERTS · {0} OPEN</source>
            <translation>KRITIEKE WAARSCHUWINGEN · {0} OPEN</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>CRITICAL ALERTS</source>
            <translation>KRITIEKE WAARSCHUWINGEN</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>(+{0} hosts)</source>
            <translation>(+{0} hosts)</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>None open</source>
            <translation>Geen open</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>NOT LIVE — replication figures are not current</source>
            <translation>NIET LIVE — de replicatiecijfers zijn niet actueel</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>NOT LIVE — replication figures not updated for {0}</source>
            <translation>NIET LIVE — replicatiecijfers al {0} niet bijgewerkt</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>the control plane cannot read replication status</source>
            <translation>het besturingsvlak kan de replicatiestatus niet lezen</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>NOT LIVE — no data received yet</source>
            <translation>NIET LIVE — nog geen gegevens ontvangen</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>NOT LIVE — showing data from {0} ({1} ago)</source>
            <translation>NIET LIVE — gegevens van {0} ({1} geleden)</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>not connected; retrying every minute</source>
            <translation>niet verbonden; elke minuut nieuwe poging</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>reconnecting now…</source>
            <translation>nu opnieuw verbinden…</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>reconnecting in {0}</source>
            <translation>opnieuw verbinden over {0}</translation>
        </message>
    </context>
    <context>
        <name>DisconnectedBanner</name>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Connection banner</source>
            <translation>Verbindingsbanner</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Retry now</source>
            <translation>Nu opnieuw proberen</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Retry connecting now</source>
            <translation>Nu opnieuw verbinding maken</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>The tree stays browsable; operations are refused until the connection is back.</source>
            <translation>De boom blijft doorzoekbaar; bewerkingen worden geweigerd tot de verbinding terug is.</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Disconnected — no data received yet</source>
            <translation>Verbinding verbroken — nog geen gegevens ontvangen</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Disconnected — showing data from {0} ({1} ago)</source>
            <translation>Verbinding verbroken — gegevens van {0} ({1} geleden)</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>not retrying</source>
            <translation>geen nieuwe poging</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>reconnecting now…</source>
            <translation>nu opnieuw verbinden…</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>retrying in {0}</source>
            <translation>nieuwe poging over {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Replication figures are not current</source>
            <translation>De replicatiecijfers zijn niet actueel</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Replication figures not updated for {0} (since {1})</source>
            <translation>Replicatiecijfers al {0} niet bijgewerkt (sinds {1})</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>The control plane cannot read replication status: the RPO, health and recovery points shown are the last ones read and may be worse now. The connection to the control plane works; its alerts and log say why.</source>
            <translation>Het besturingsvlak kan de replicatiestatus niet lezen: de getoonde RPO, integriteit en herstelpunten zijn de laatst gelezen waarden en kunnen nu slechter zijn. De verbinding met het besturingsvlak werkt; de waarschuwingen en het logboek ervan vertellen waarom.</translation>
        </message>
    </context>
    <context>
        <name>DrillHistoryDialog</name>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Drill history — Standby</source>
            <translation>Oefengeschiedenis — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Past drills</source>
            <translation>Eerdere oefeningen</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Started</source>
            <translation>Gestart</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Recovery plan</source>
            <translation>Herstelplan</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Result</source>
            <translation>Resultaat</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>RTO</source>
            <translation>RTO</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Worst RPO</source>
            <translation>Slechtste RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Open &amp;PDF report</source>
            <translation>&amp;PDF-rapport openen</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Open &amp;HTML report</source>
            <translation>&amp;HTML-rapport openen</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>&amp;Continue this drill…</source>
            <translation>Deze oefening &amp;voortzetten…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Open an unfinished drill where its record stands</source>
            <translation>Een onvoltooide oefening openen waar het verslag staat</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>&amp;Refresh</source>
            <translation>&amp;Vernieuwen</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Loading…</source>
            <translation>Laden…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Cannot list the drills: {0}</source>
            <translation>Kan de oefeningen niet weergeven: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>{0} drill(s).</source>
            <translation>{0} oefening(en).</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>No drill yet.</source>
            <translation>Nog geen oefening.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Cannot write the report: {0}</source>
            <translation>Kan het rapport niet schrijven: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Opened {0}</source>
            <translation>{0} geopend</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>No application opens {0}; it is saved there.</source>
            <translation>Geen toepassing opent {0}; het is daar opgeslagen.</translation>
        </message>
    </context>
    <context>
        <name>DrillReport</name>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>DR drill report — {0}</source>
            <translation>Rapport van DR-oefening — {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0:.1f} s</source>
            <translation>{0:.1f} s</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>PASSED</source>
            <translation>GESLAAGD</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>FAILED</source>
            <translation>MISLUKT</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>IN PROGRESS — test failover running</source>
            <translation>BEZIG — testfailover actief</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>IN PROGRESS — verification</source>
            <translation>BEZIG — verificatie</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>IN PROGRESS — cleanup running</source>
            <translation>BEZIG — opschonen actief</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Not checked</source>
            <translation>Niet gecontroleerd</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Passed</source>
            <translation>Geslaagd</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>the disk</source>
            <translation>de schijf</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0}: file system clean (e2fsck after journal replay, on a throw-away copy of the point)</source>
            <translation>{0}: bestandssysteem foutloos (e2fsck na het afspelen van het journaal, op een wegwerpkopie van het punt)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0}: file system damaged (e2fsck after journal replay)</source>
            <translation>{0}: bestandssysteem beschadigd (e2fsck na het afspelen van het journaal)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0}: file system not checked (no ext2/3/4 on the whole disk)</source>
            <translation>{0}: bestandssysteem niet gecontroleerd (geen ext2/3/4 op de hele schijf)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0}: the guest's own sequence log ends at write {1}, with no gap</source>
            <translation>{0}: het eigen volgordelogboek van de gast eindigt bij schrijfactie {1}, zonder gat</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0}: the guest's own sequence log ends at write {1}, with gaps</source>
            <translation>{0}: het eigen volgordelogboek van de gast eindigt bij schrijfactie {1}, met gaten</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>intact</source>
            <translation>intact</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>crash-consistent</source>
            <translation>crashconsistent</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>not consistent</source>
            <translation>niet consistent</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>app-consistent</source>
            <translation>app-consistent</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0} write(s) after the point</source>
            <translation>{0} schrijfbewerking(en) na het punt</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0} (lab auditor)</source>
            <translation>{0} (auditor van het lab)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>The test VM of {0} did not start.</source>
            <translation>De test-VM van {0} is niet gestart.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>The consistency proof of {0}'s test VM failed.</source>
            <translation>Het consistentiebewijs van de test-VM van {0} is mislukt.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Not verified: {0}</source>
            <translation>Niet geverifieerd: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>The cleanup of {0} did not succeed.</source>
            <translation>Het opschonen van {0} is niet gelukt.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Recovery plan</source>
            <translation>Herstelplan</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Started</source>
            <translation>Gestart</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Ended</source>
            <translation>Beëindigd</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Duration</source>
            <translation>Duur</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>RTO (all groups)</source>
            <translation>RTO (alle groepen)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Worst RPO</source>
            <translation>Slechtste RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Drill</source>
            <translation>Oefening</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Test failover job</source>
            <translation>Testfailovertaak</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Cleanup job</source>
            <translation>Opschoontaak</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Group</source>
            <translation>Groep</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>VMs</source>
            <translation>VM's</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>RTO</source>
            <translation>RTO</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>VM</source>
            <translation>VM</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Recovery point used</source>
            <translation>Gebruikt herstelpunt</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>RPO</source>
            <translation>RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Consistency proof of the test VM</source>
            <translation>Consistentiebewijs van de test-VM</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Recovery point times are on the fabric’s clock. RPO: the point’s age when the test failover started.</source>
            <translation>Tijden van herstelpunten volgen de klok van de fabric. RPO: de leeftijd van het punt bij de start van de testfailover.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Consistency proof: each estate’s own checks of the point the test VM started from. In the lab, its auditor reads the test VM’s disks block by block against the guest’s write history. On real VMs, e2fsck checks each disk’s file system after replaying its journal, on a throw-away copy of the point (neither the point nor the test VM is written), and where the guest keeps a sequence log, the log found on the disk must have no gap.</source>
            <translation>Consistentiebewijs: de eigen controles van de omgeving op het punt waaruit de test-VM startte. In het lab leest de auditor de schijven van de test-VM blok voor blok tegen de schrijfgeschiedenis van de gast. Op echte VM's controleert e2fsck het bestandssysteem van elke schijf na het afspelen van het journaal, op een wegwerpkopie van het punt (het punt en de test-VM worden niet beschreven), en waar de gast een volgordelogboek bijhoudt, mag het logboek op de schijf geen gat hebben.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Verified</source>
            <translation>Geverifieerd</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>(none yet)</source>
            <translation>(nog geen)</translation>
        </message>
    </context>
    <context>
        <name>DrillWindow</name>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>DR drill — Standby</source>
            <translation>DR-oefening — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Drill clock</source>
            <translation>Oefenklok</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>&amp;Next: pre-checks</source>
            <translation>&amp;Volgende: controles vooraf</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>&amp;Start the test failover</source>
            <translation>De testfailover &amp;starten</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Test failover running…</source>
            <translation>Testfailover actief…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>&amp;Next: clean up</source>
            <translation>&amp;Volgende: opschonen</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>&amp;Clean up and finish</source>
            <translation>&amp;Opschonen en voltooien</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Finished</source>
            <translation>Voltooid</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>The control plane refused: {0}</source>
            <translation>Het besturingsvlak weigerde: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>This vault has no recovery plan yet.</source>
            <translation>Deze kluis heeft nog geen herstelplan.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Checking…</source>
            <translation>Controleren…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Every test VM started in the isolated test network</source>
            <translation>Elke test-VM is gestart in het geïsoleerde testnetwerk</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>The applications on the test VMs answer (log in, open a record)</source>
            <translation>De toepassingen op de test-VM's reageren (aanmelden, een record openen)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>The test VMs' data is as recent as the plan's RPO target allows</source>
            <translation>De gegevens van de test-VM's zijn zo recent als het RPO-doel van het plan toestaat</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>No test VM can be reached from the production network</source>
            <translation>Geen test-VM is bereikbaar vanuit het productienetwerk</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Starting the test VMs group by group…</source>
            <translation>De test-VM's worden groep voor groep gestart…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Test failover {0}: {1}</source>
            <translation>Testfailover {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Not ticked — the drill will be recorded as failed: {0}</source>
            <translation>Niet aangevinkt — de oefening wordt als mislukt vastgelegd: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>The drill is recorded: {0}</source>
            <translation>De oefening is vastgelegd: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Saved as {0} and {1}</source>
            <translation>Opgeslagen als {0} en {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>No application opens {0}.</source>
            <translation>Geen toepassing opent {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Plan: {0} · not started</source>
            <translation>Plan: {0} · niet gestart</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Plan: {0} · elapsed {1} · RTO {2}</source>
            <translation>Plan: {0} · verstreken {1} · RTO {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>measuring…</source>
            <translation>meten…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: protected and healthy</source>
            <translation>{0}: beveiligd en gezond</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: health warning (the drill may go on)</source>
            <translation>{0}: integriteitswaarschuwing (de oefening kan doorgaan)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: health is critical</source>
            <translation>{0}: integriteit is kritiek</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: a test failover is not allowed now</source>
            <translation>{0}: een testfailover is nu niet toegestaan</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: its recovery host is unreachable (the test VM cannot start)</source>
            <translation>{0}: de herstelhost is onbereikbaar (de test-VM kan niet starten)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: a test failover exists already (clean it up first)</source>
            <translation>{0}: er is al een testfailover (schoon die eerst op)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: no longer protected; edit the plan</source>
            <translation>{0}: niet meer beveiligd; bewerk het plan</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>The plan {0} has no VMs</source>
            <translation>Het plan {0} heeft geen VM's</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>A job of the plan {0} is running</source>
            <translation>Er loopt een taak van het plan {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>A drill of this plan by {0} is running</source>
            <translation>Er loopt een oefening van dit plan door {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>A drill of this plan by {0} was never finished (left as it was)</source>
            <translation>Een oefening van dit plan door {0} is nooit voltooid (gelaten zoals hij was)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0} problem(s) stop the drill. Fix them, then check again.</source>
            <translation>{0} probleem/problemen houden de oefening tegen. Los ze op en controleer opnieuw.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>Ready, with {0} warning(s).</source>
            <translation>Gereed, met {0} waarschuwing(en).</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>Ready: every VM is protected and healthy.</source>
            <translation>Gereed: elke VM is beveiligd en gezond.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>running</source>
            <translation>actief</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>did not start</source>
            <translation>niet gestart</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>&lt;b&gt;Group {0}&lt;/b&gt; {1}: {2}</source>
            <translation>&lt;b&gt;Groep {0}&lt;/b&gt; {1}: {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>group {0}: {1}</source>
            <translation>groep {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>RTO {0} in total ({1})</source>
            <translation>RTO {0} in totaal ({1})</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>Checklist — {0} of {1} verified</source>
            <translation>Controlelijst — {0} van {1} geverifieerd</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>&lt;b&gt;Waiting for you&lt;/b&gt; — {0}:&lt;br/&gt;{1}</source>
            <translation>&lt;b&gt;Wacht op u&lt;/b&gt; — {0}:&lt;br/&gt;{1}</translation>
        </message>
    </context>
    <context>
        <name>EventLogModel</name>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Revision</source>
            <translation>Revisie</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Change</source>
            <translation>Wijziging</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Object</source>
            <translation>Object</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Cloud</source>
            <translation>Cloud</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>VM</source>
            <translation>VM</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Network</source>
            <translation>Netwerk</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Replication policy</source>
            <translation>Replicatiebeleid</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Cloud pairing</source>
            <translation>Cloudkoppeling</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Network mapping</source>
            <translation>Netwerktoewijzing</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Protected item</source>
            <translation>Beveiligd item</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Recovery plan</source>
            <translation>Herstelplan</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Job</source>
            <translation>Taak</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Alert</source>
            <translation>Waarschuwing</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>DR drill</source>
            <translation>DR-oefening</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Replication status</source>
            <translation>Replicatiestatus</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>{0} removed</source>
            <translation>{0} verwijderd</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>{0} changed</source>
            <translation>{0} gewijzigd</translation>
        </message>
    </context>
    <context>
        <name>FabricText</name>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>Site down</source>
            <translation>Site offline</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>Provider disconnected</source>
            <translation>Provider niet verbonden</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>Agent disconnected</source>
            <translation>Agent niet verbonden</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>Storage low</source>
            <translation>Weinig opslagruimte</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/console/models/fabric_text.py" />
            <source>%n critical</source>
            <translation>
                <numerusform>%n kritiek</numerusform>
                <numerusform>%n kritiek</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/console/models/fabric_text.py" />
            <source>%n warning</source>
            <translation>
                <numerusform>%n waarschuwing</numerusform>
                <numerusform>%n waarschuwingen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>Connected · {0}</source>
            <translation>Verbonden · {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>DISCONNECTED since {0}</source>
            <translation>NIET VERBONDEN sinds {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>RPO: {0}</source>
            <translation>RPO: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>RPO {0}: target {1}, warning above {2}</source>
            <translation>RPO {0}: doel {1}, waarschuwing boven {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>VMM server {0}, provider {1}
Last heartbeat {2}</source>
            <translation>VMM-server {0}, provider {1}
Laatste heartbeat {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>Replication agent {0}
Last heartbeat {1}</source>
            <translation>Replicatieagent {0}
Laatste heartbeat {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>VM {0} ({1}), {2} disk(s)</source>
            <translation>VM {0} ({1}), {2} schijf/schijven</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Primary</source>
            <translation>Primair</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Recovery</source>
            <translation>Herstel</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Running</source>
            <translation>Actief</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Off</source>
            <translation>Uit</translation>
        </message>
    </context>
    <context>
        <name>FabricTreeModel</name>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>A site's VMM provider, a host's replication agent: connected or not, and its last heartbeat</source>
            <translation>De VMM-provider van een site, de replicatieagent van een host: verbonden of niet, en de laatste heartbeat</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>Replication</source>
            <translation>Replicatie</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>Health</source>
            <translation>Integriteit</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>RPO</source>
            <translation>RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>Active location</source>
            <translation>Actieve locatie</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>Provider / agent</source>
            <translation>Provider / agent</translation>
        </message>
    </context>
    <context>
        <name>FailoverPage</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Test failover</source>
            <translation>Testfailover</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Steps of the test failover</source>
            <translation>Stappen van de testfailover</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Step</source>
            <translation>Stap</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Up after</source>
            <translation>Beschikbaar na</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Manual action &amp;done — continue</source>
            <translation>Handmatige actie &amp;klaar — doorgaan</translation>
        </message>
    </context>
    <context>
        <name>FlowPage</name>
        <message>
            <location filename="../../app/console/wizards/wizard.py" />
            <source>Why Next is not possible yet</source>
            <translation>Waarom Volgende nog niet kan</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/wizard.py" />
            <source>Reading the current figures from the control plane…</source>
            <translation>Actuele cijfers worden gelezen van het besturingsvlak…</translation>
        </message>
    </context>
    <context>
        <name>FlowWizard</name>
        <message>
            <location filename="../../app/console/wizards/wizard.py" />
            <source>Could not read what this wizard needs: {0}</source>
            <translation>Kan niet lezen wat deze wizard nodig heeft: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/wizard.py" />
            <source>Sending…</source>
            <translation>Verzenden…</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/wizard.py" />
            <source>Refused: {0}</source>
            <translation>Geweigerd: {0}</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} s</source>
            <translation>{0} s</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} min {1:02} s</source>
            <translation>{0} min {1:02} s</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} min</source>
            <translation>{0} min</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} h {1:02} min</source>
            <translation>{0} u {1:02} min</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} d {1} h</source>
            <translation>{0} d {1} u</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} free</source>
            <translation>{0} vrij</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} free of {1} ({2} %)</source>
            <translation>{0} vrij van {1} ({2} %)</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>Storage: not reported</source>
            <translation>Opslag: niet gerapporteerd</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>Storage low: {0}</source>
            <translation>Weinig opslagruimte: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>Storage: {0}</source>
            <translation>Opslag: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>never</source>
            <translation>nooit</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} ago</source>
            <translation>{0} geleden</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>This computer's clock is {0} behind the control plane's: times and ages are shown on the control plane's clock.</source>
            <translation>De klok van deze computer loopt {0} achter op die van het besturingsvlak: tijden en leeftijden worden getoond volgens de klok van het besturingsvlak.</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>This computer's clock is {0} ahead of the control plane's: times and ages are shown on the control plane's clock.</source>
            <translation>De klok van deze computer loopt {0} voor op die van het besturingsvlak: tijden en leeftijden worden getoond volgens de klok van het besturingsvlak.</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>Not protected</source>
            <translation>Niet beveiligd</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>test failover running</source>
            <translation>testfailover actief</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>test failover cleanup pending</source>
            <translation>testfailover wacht op opschonen</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>test failover cleaning up</source>
            <translation>testfailover wordt opgeschoond</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>no point yet</source>
            <translation>nog geen punt</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none while failed over</source>
            <translation>geen tijdens failover</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none while failed over: nothing replicates the VM until reverse replication starts</source>
            <translation>geen tijdens failover: niets repliceert de VM tot de omgekeerde replicatie start</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none while the failover runs</source>
            <translation>geen zolang de failover loopt</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none yet: protection is being enabled</source>
            <translation>nog geen: beveiliging wordt ingeschakeld</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none: protection is being disabled</source>
            <translation>geen: beveiliging wordt uitgeschakeld</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none: nothing replicates the VM in this state</source>
            <translation>geen: niets repliceert de VM in deze status</translation>
        </message>
    </context>
    <context>
        <name>GroupsModel</name>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>Group / VM</source>
            <translation>Groep / VM</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>Group {0}: double-click to rename, drag to reorder.</source>
            <translation>Groep {0}: dubbelklik om de naam te wijzigen, sleep om de volgorde te wijzigen.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>{0} VM(s)</source>
            <translation>{0} VM('s)</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>{0} before</source>
            <translation>{0} vooraf</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>{0} after</source>
            <translation>{0} achteraf</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>Group {0} · {1}</source>
            <translation>Groep {0} · {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>Nothing to add.</source>
            <translation>Niets toe te voegen.</translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Normal</source>
            <translation>Normaal</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Warning</source>
            <translation>Waarschuwing</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Critical</source>
            <translation>Kritiek</translation>
        </message>
    </context>
    <context>
        <name>HealthGraphs</name>
        <message>
            <location filename="../../app/console/panes/graphs.py" />
            <source>Health graphs</source>
            <translation>Integriteitsgrafieken</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/graphs.py" />
            <source>RPO</source>
            <translation>RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/graphs.py" />
            <source>Throughput</source>
            <translation>Doorvoer</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/graphs.py" />
            <source>Pending</source>
            <translation>In behandeling</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/graphs.py" />
            <source>warning above</source>
            <translation>waarschuwing boven</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/graphs.py" />
            <source>{0} — {1}</source>
            <translation>{0} — {1}</translation>
        </message>
    </context>
    <context>
        <name>HealthText</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The primary site is down and the VM still runs there: fail it over.</source>
            <translation>De primaire site is uitgevallen en de VM draait daar nog: voer een failover uit.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The primary site is down: the VM runs at the recovery site, but nothing replicates back to primary.</source>
            <translation>De primaire site is uitgevallen: de VM draait op de herstelsite, maar er wordt niets teruggerepliceerd naar de primaire site.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication lost track of changes: resynchronize the item to protect it again.</source>
            <translation>Replicatie is wijzigingen kwijtgeraakt: synchroniseer het item opnieuw om het weer te beveiligen.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Enabling protection failed: retry it, or disable protection.</source>
            <translation>Beveiliging inschakelen is mislukt: probeer het opnieuw of schakel beveiliging uit.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The failover stopped half-way: retry with an unplanned failover, or cancel it.</source>
            <translation>De failover is halverwege gestopt: probeer opnieuw met een niet-geplande failover, of annuleer hem.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replication failed: the VM is not protected; retry reverse replication.</source>
            <translation>Omgekeerde replicatie is mislukt: de VM is niet beveiligd; probeer omgekeerde replicatie opnieuw.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication is paused: changes are not copied until it is resumed.</source>
            <translation>Replicatie is onderbroken: wijzigingen worden pas gekopieerd als die wordt hervat.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>{message} Cause: {cause}</source>
            <translation>{message} Oorzaak: {cause}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replica storage on {host} is full: replication is paused; {last}.</source>
            <translation>De replicaopslag op {host} is vol: replicatie is onderbroken; {last}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Source storage on {host} is full: replication is paused; {last}.</source>
            <translation>De bronopslag op {host} is vol: replicatie is onderbroken; {last}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Source storage on {host} is full: the VM is paused, and replication is paused; {last}.</source>
            <translation>De bronopslag op {host} is vol: de VM is onderbroken en replicatie is onderbroken; {last}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the last good point is {point_time}</source>
            <translation>het laatste goede punt is van {point_time}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>there is no recovery point yet</source>
            <translation>er is nog geen herstelpunt</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>No recovery point yet: the data that would be lost is unknown.</source>
            <translation>Nog geen herstelpunt: onbekend welke gegevens verloren zouden gaan.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>RPO is {rpo_seconds}, far above the {target_seconds} target.</source>
            <translation>RPO is {rpo_seconds}, ver boven het doel van {target_seconds}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>RPO is {rpo_seconds}, over twice the {target_seconds} target.</source>
            <translation>RPO is {rpo_seconds}, meer dan twee keer het doel van {target_seconds}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The recovery host {host} is unreachable ({why}): changes are not being replicated, and a failover must wait until it returns; {last}.</source>
            <translation>De herstelhost {host} is onbereikbaar ({why}): wijzigingen worden niet gerepliceerd, en een failover moet wachten tot die terug is; {last}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the site {site} is down</source>
            <translation>de site {site} is uitgevallen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>its agent is disconnected</source>
            <translation>de agent ervan is niet verbonden</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the replication link to it is down</source>
            <translation>de replicatieverbinding ernaartoe is uitgevallen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the last point it received is from {point_time}</source>
            <translation>het laatste punt dat hij ontving is van {point_time}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>it has received no recovery point yet</source>
            <translation>er is nog geen herstelpunt ontvangen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>{count} replication cycles in a row were missed.</source>
            <translation>{count} replicatiecycli op rij zijn gemist.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>App-consistent points are not being made: the guest's file systems could not be frozen (is qemu-guest-agent running in the guest?). Its recovery points are crash-consistent.</source>
            <translation>Er worden geen app-consistente punten gemaakt: de bestandssystemen van de gast konden niet worden bevroren (draait qemu-guest-agent in de gast?). De herstelpunten zijn crashconsistent.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The VM runs on its failed-over copy and nothing protects it: start reverse replication.</source>
            <translation>De VM draait op de kopie na failover en niets beveiligt hem: start omgekeerde replicatie.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The source host's agent is disconnected: replication can't be tracked.</source>
            <translation>De agent van de bronhost is niet verbonden: replicatie kan niet worden gevolgd.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>A test failover was not cleaned up: its test VM is still running.</source>
            <translation>Een testfailover is niet opgeschoond: de test-VM draait nog.</translation>
        </message>
    </context>
    <context>
        <name>Hosts</name>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>15 minutes</source>
            <translation>15 minuten</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>1 hour</source>
            <translation>1 uur</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>8 hours</source>
            <translation>8 uur</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>1 day</source>
            <translation>1 dag</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>7 days</source>
            <translation>7 dagen</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Not connected to the control plane.</source>
            <translation>Niet verbonden met het besturingsvlak.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Your token has the viewer role: managing hosts needs an admin token.</source>
            <translation>Uw token heeft de rol lezer: voor het beheren van hosts is een beheerderstoken nodig.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>New site — Standby</source>
            <translation>Nieuwe site — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Create &amp;site</source>
            <translation>&amp;Site maken</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>A site groups the hosts of one place (a data centre, a building). Hosts join it with a registration key; replication pairs a cloud of one site with a cloud of another.</source>
            <translation>Een site groepeert de hosts van één locatie (een datacenter, een gebouw). Hosts sluiten zich erbij aan met een registratiesleutel; replicatie koppelt een cloud van de ene site aan een cloud van een andere.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>e.g. Stockholm</source>
            <translation>bijv. Stockholm</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>optional, e.g. Kista data centre</source>
            <translation>optioneel, bijv. datacenter Kista</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Naam:</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Location:</source>
            <translation>&amp;Locatie:</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Give the site a name.</source>
            <translation>Geef de site een naam.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Site {0} created.</source>
            <translation>Site {0} is gemaakt.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>New cloud in {0} — Standby</source>
            <translation>Nieuwe cloud in {0} — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Create &amp;cloud</source>
            <translation>&amp;Cloud maken</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>A cloud is a group of hosts of the site {0}: protection pairs a cloud with a recovery cloud, and hosts can move between the site's clouds.</source>
            <translation>Een cloud is een groep hosts van de site {0}: beveiliging koppelt een cloud aan een herstelcloud, en hosts kunnen tussen de clouds van de site worden verplaatst.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>e.g. Gold</source>
            <translation>bijv. Goud</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Give the cloud a name.</source>
            <translation>Geef de cloud een naam.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Cloud {0} created.</source>
            <translation>Cloud {0} is gemaakt.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Move {0} — Standby</source>
            <translation>{0} verplaatsen — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Move</source>
            <translation>&amp;Verplaatsen</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>The host {0} is in the cloud {1}. Move it into another cloud of its site:</source>
            <translation>De host {0} staat in de cloud {1}. Verplaats hem naar een andere cloud van zijn site:</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>The host {0} is in the only cloud of its site: create another cloud first (New cloud… on the site).</source>
            <translation>De host {0} staat in de enige cloud van zijn site: maak eerst een andere cloud (Nieuwe cloud… op de site).</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Cloud:</source>
            <translation>&amp;Cloud:</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Choose a cloud.</source>
            <translation>Kies een cloud.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Host moved to the cloud {0}.</source>
            <translation>Host verplaatst naar de cloud {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Add a host to {0} — Standby</source>
            <translation>Een host toevoegen aan {0} — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Create &amp;key</source>
            <translation>&amp;Sleutel maken</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>A registration key lets the agent of one host enroll with the control plane and join the site {0}. It works once and expires; the host receives its certificate from the control plane when it enrolls.</source>
            <translation>Met een registratiesleutel kan de agent van één host zich registreren bij het besturingsvlak en lid worden van de site {0}. Hij werkt één keer en verloopt; de host krijgt zijn certificaat van het besturingsvlak bij de registratie.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>A new cloud “{0} hosts”</source>
            <translation>Een nieuwe cloud “{0} hosts”</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Cloud the host joins:</source>
            <translation>&amp;Cloud waar de host bij komt:</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Key &amp;works for:</source>
            <translation>Sleutel &amp;geldig gedurende:</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>1. Save the key file, then copy it to the host.</source>
            <translation>1. Sla het sleutelbestand op en kopieer het dan naar de host.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Save key file…</source>
            <translation>Sleutelbestand op&amp;slaan…</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>2. On the host, run (as a user that may use libvirt):</source>
            <translation>2. Voer op de host uit (als een gebruiker die libvirt mag gebruiken):</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Command to run on the host</source>
            <translation>Opdracht om op de host uit te voeren</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>C&amp;opy</source>
            <translation>K&amp;opiëren</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Copy the command to the clipboard</source>
            <translation>De opdracht naar het klembord kopiëren</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>The host appears under its cloud as soon as its agent has enrolled. --storage is the folder on the host for its replicas and state.</source>
            <translation>De host verschijnt onder zijn cloud zodra zijn agent zich heeft geregistreerd. --storage is de map op de host voor zijn replica's en status.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>This key is shown only now: the control plane keeps no copy of its secret. Save the key file before you close this window; if it is lost, create a new key.</source>
            <translation>Deze sleutel wordt alleen nu getoond: het besturingsvlak bewaart geen kopie van het geheim. Sla het sleutelbestand op voordat u dit venster sluit; raakt het kwijt, maak dan een nieuwe sleutel.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Registration key created for one host of the site {0} (cloud: {1}). It works once, until {2}.</source>
            <translation>Registratiesleutel gemaakt voor één host van de site {0} (cloud: {1}). Hij werkt één keer, tot {2}.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Command copied to the clipboard.</source>
            <translation>Opdracht naar het klembord gekopieerd.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Save the registration key</source>
            <translation>De registratiesleutel opslaan</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Registration keys (*.key);;All files (*)</source>
            <translation>Registratiesleutels (*.key);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Cannot save the key file {0}: {1}</source>
            <translation>Kan het sleutelbestand {0} niet opslaan: {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Saved to {0} (readable by you only). Copy it to the host.</source>
            <translation>Opgeslagen in {0} (alleen door u leesbaar). Kopieer het naar de host.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>The key is not saved</source>
            <translation>De sleutel is niet opgeslagen</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>The registration key's file is not saved, and it cannot be shown again. Close anyway? (The key then expires unused.)</source>
            <translation>Het bestand van de registratiesleutel is niet opgeslagen en kan niet opnieuw worden getoond. Toch sluiten? (De sleutel verloopt dan ongebruikt.)</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Remove the host {0} from the control plane?</source>
            <translation>De host {0} uit het besturingsvlak verwijderen?</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Its agent is refused from then on, and the host and the VMs on it ({0}) leave the inventory.</source>
            <translation>Zijn agent wordt vanaf dan geweigerd, en de host en de VM's erop ({0}) verdwijnen uit de inventaris.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Its agent is refused from then on, and the host leaves the inventory.</source>
            <translation>Zijn agent wordt vanaf dan geweigerd, en de host verdwijnt uit de inventaris.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Nothing is deleted on the host itself. To bring it back, add it again with a new registration key.</source>
            <translation>Op de host zelf wordt niets verwijderd. Voeg hem opnieuw toe met een nieuwe registratiesleutel om hem terug te krijgen.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Protected VMs that replicate from or to this host: {0}. Their replication stops, and they cannot fail over through it, until the host is added again.</source>
            <translation>Beveiligde VM's die van of naar deze host repliceren: {0}. Hun replicatie stopt, en failover via deze host is niet mogelijk totdat de host opnieuw is toegevoegd.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>No protected VM replicates from or to this host.</source>
            <translation>Geen enkele beveiligde VM repliceert van of naar deze host.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Remove host {0} — Standby</source>
            <translation>Host {0} verwijderen — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Remove host</source>
            <translation>Host &amp;verwijderen</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Refused: {0}</source>
            <translation>Geweigerd: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Host {0} removed.</source>
            <translation>Host {0} is verwijderd.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Add a host…</source>
            <translation>Een host &amp;toevoegen…</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>New &amp;cloud…</source>
            <translation>Nieuwe &amp;cloud…</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Move to cloud…</source>
            <translation>&amp;Verplaatsen naar cloud…</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Remove host…</source>
            <translation>Host ver&amp;wijderen…</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>New &amp;site…</source>
            <translation>Nieuwe &amp;site…</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>F&amp;abric</source>
            <translation>&amp;Infrastructuur</translation>
        </message>
    </context>
    <context>
        <name>JobText</name>
        <message>
            <location filename="../../app/console/job_text.py" />
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/job_text.py" />
            <source>{0} (recovery plan)</source>
            <translation>{0} (herstelplan)</translation>
        </message>
        <message>
            <location filename="../../app/console/job_text.py" />
            <source>Cancelled by an operator.</source>
            <translation>Geannuleerd door een operator.</translation>
        </message>
    </context>
    <context>
        <name>JobsModel</name>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Operation</source>
            <translation>Bewerking</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Object</source>
            <translation>Object</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Progress</source>
            <translation>Voortgang</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Started by</source>
            <translation>Gestart door</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Created</source>
            <translation>Gemaakt</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Duration</source>
            <translation>Duur</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Error</source>
            <translation>Fout</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Enable protection</source>
            <translation>Beveiliging inschakelen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Disable protection</source>
            <translation>Beveiliging uitschakelen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Test failover</source>
            <translation>Testfailover</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Test failover cleanup</source>
            <translation>Testfailover opschonen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Planned failover</source>
            <translation>Geplande failover</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Unplanned failover</source>
            <translation>Niet-geplande failover</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Commit</source>
            <translation>Doorvoeren</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Change recovery point</source>
            <translation>Herstelpunt wijzigen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Cancel failover</source>
            <translation>Failover annuleren</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replication</source>
            <translation>Omgekeerde replicatie</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failback</source>
            <translation>Failback</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronize</source>
            <translation>Opnieuw synchroniseren</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Pause replication</source>
            <translation>Replicatie onderbreken</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resume replication</source>
            <translation>Replicatie hervatten</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Not started</source>
            <translation>Niet gestart</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>In progress</source>
            <translation>Bezig</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Waiting</source>
            <translation>Wachtend</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Succeeded</source>
            <translation>Geslaagd</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failed</source>
            <translation>Mislukt</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Cancelled</source>
            <translation>Geannuleerd</translation>
        </message>
    </context>
    <context>
        <name>JobsPane</name>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Jobs</source>
            <translation>Taken</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Select a job to see its steps.</source>
            <translation>Selecteer een taak om de stappen te zien.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Job steps</source>
            <translation>Taakstappen</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Step</source>
            <translation>Stap</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Progress</source>
            <translation>Voortgang</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Error</source>
            <translation>Fout</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Cancel job</source>
            <translation>Taak annuleren</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Resume</source>
            <translation>Hervatten</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Restart</source>
            <translation>Opnieuw starten</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Open plan view</source>
            <translation>Planweergave openen</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Follow this plan job group by group</source>
            <translation>Deze plantaak groep voor groep volgen</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>{0} of {1} — {2}, started by {3}</source>
            <translation>{0} van {1} — {2}, gestart door {3}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Not connected to the control plane.</source>
            <translation>Niet verbonden met het besturingsvlak.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>This job does not allow that now.</source>
            <translation>Deze taak staat dat nu niet toe.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Cancelling the job…</source>
            <translation>De taak wordt geannuleerd…</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Cancel: accepted.</source>
            <translation>Annuleren: geaccepteerd.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Resuming the job…</source>
            <translation>De taak wordt hervat…</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Resume: accepted.</source>
            <translation>Hervatten: geaccepteerd.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Restarting the job…</source>
            <translation>De taak wordt opnieuw gestart…</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Restart: accepted.</source>
            <translation>Opnieuw starten: geaccepteerd.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Sending {0}…</source>
            <translation>{0} verzenden…</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Accepted.</source>
            <translation>Geaccepteerd.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>The control plane refused: {0}</source>
            <translation>Het besturingsvlak weigerde: {0}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Enable protection</source>
            <translation>Beveiliging inschakelen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Disable protection</source>
            <translation>Beveiliging uitschakelen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Test failover</source>
            <translation>Testfailover</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <location filename=".dynamic_strings.py" />
            <source>Test failover cleanup</source>
            <translation>Testfailover opschonen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Planned failover</source>
            <translation>Geplande failover</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Unplanned failover</source>
            <translation>Niet-geplande failover</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Commit</source>
            <translation>Doorvoeren</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Change recovery point</source>
            <translation>Herstelpunt wijzigen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Cancel failover</source>
            <translation>Failover annuleren</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replication</source>
            <translation>Omgekeerde replicatie</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failback</source>
            <translation>Failback</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronize</source>
            <translation>Opnieuw synchroniseren</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Pause replication</source>
            <translation>Replicatie onderbreken</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resume replication</source>
            <translation>Replicatie hervatten</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Not started</source>
            <translation>Niet gestart</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <location filename=".dynamic_strings.py" />
            <source>In progress</source>
            <translation>Bezig</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Waiting</source>
            <translation>Wachtend</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Succeeded</source>
            <translation>Geslaagd</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failed</source>
            <translation>Mislukt</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Cancelled</source>
            <translation>Geannuleerd</translation>
        </message>
    </context>
    <context>
        <name>LabMenu</name>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>&amp;Lab</source>
            <translation>&amp;Lab</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>&amp;Sites</source>
            <translation>&amp;Sites</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Replication &amp;link</source>
            <translation>Replicatie&amp;verbinding</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Guest &amp;write rate</source>
            <translation>&amp;Schrijfsnelheid van de gast</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Take {0} &amp;down</source>
            <translation>{0} &amp;uitschakelen</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Lab: site {0} is down.</source>
            <translation>Lab: site {0} is uitgevallen.</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Bring {0} back &amp;up</source>
            <translation>{0} weer &amp;inschakelen</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Lab: site {0} is up again.</source>
            <translation>Lab: site {0} is weer actief.</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>&amp;Cut the link between the sites</source>
            <translation>De verbinding tussen de sites &amp;verbreken</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Lab: the link between the sites is cut.</source>
            <translation>Lab: de verbinding tussen de sites is verbroken.</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>&amp;Restore the link at full speed</source>
            <translation>De verbinding op volle snelheid &amp;herstellen</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Lab: the link between the sites is restored at full speed.</source>
            <translation>Lab: de verbinding tussen de sites is op volle snelheid hersteld.</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Limit to {0} Mbit/s</source>
            <translation>Beperken tot {0} Mbit/s</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Lab: the link between the sites is limited to {0} Mbit/s.</source>
            <translation>Lab: de verbinding tussen de sites is beperkt tot {0} Mbit/s.</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Select a VM in the fabric tree first</source>
            <translation>Selecteer eerst een VM in de infrastructuurboom</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>{0}: idle (no writes)</source>
            <translation>{0}: inactief (geen schrijfacties)</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>{0}: normal (5 writes/s)</source>
            <translation>{0}: normaal (5 schrijfacties/s)</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>{0}: busy (50 writes/s)</source>
            <translation>{0}: druk (50 schrijfacties/s)</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>{0}: heavy (500 writes/s)</source>
            <translation>{0}: zwaar (500 schrijfacties/s)</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Lab: {0} now writes {1} times a second.</source>
            <translation>Lab: {0} schrijft nu {1} keer per seconde.</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>The lab refused: {0}</source>
            <translation>Het lab weigerde: {0}</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>&amp;Language</source>
            <translation>Taa&amp;l</translation>
        </message>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>System default ({0})</source>
            <translation>Systeemstandaard ({0})</translation>
        </message>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>The console speaks {0} from its next start.</source>
            <translation>De console gebruikt {0} vanaf de volgende start.</translation>
        </message>
    </context>
    <context>
        <name>ListField</name>
        <message>
            <location filename="../../app/console/wizards/fields.py" />
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Standby</source>
            <translation>Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Filter the fabric tree</source>
            <translation>De infrastructuurboom filteren</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Filter (Ctrl+F): name, or health:critical, state:paused</source>
            <translation>Filter (Ctrl+F): naam, of health:critical, state:paused</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Fabric tree</source>
            <translation>Infrastructuurboom</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Data is not live</source>
            <translation>Gegevens zijn niet live</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Select a site, cloud, host or VM to see its details.</source>
            <translation>Selecteer een site, cloud, host of VM om de details te zien.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Jobs</source>
            <translation>&amp;Taken</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>A&amp;lerts</source>
            <translation>&amp;Waarschuwingen</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Ac&amp;tivity</source>
            <translation>Ac&amp;tiviteit</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Connection state</source>
            <translation>Verbindingsstatus</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Reverse replicating</source>
            <translation>Omgekeerde replicatie bezig</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Storage low · 12 warning</source>
            <translation>Weinig opslagruimte · 12 waarschuwing</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Recovery</source>
            <translation>Herstel</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Connect to…</source>
            <translation>&amp;Verbinden met…</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Notifications…</source>
            <translation>&amp;Meldingen…</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;View</source>
            <translation>Beel&amp;d</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Refresh</source>
            <translation>&amp;Vernieuwen</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Find…</source>
            <translation>&amp;Zoeken…</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Fabric &amp;tree</source>
            <translation>Infrastructuur&amp;boom</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Alerts</source>
            <translation>&amp;Waarschuwingen</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>A&amp;ctivity</source>
            <translation>A&amp;ctiviteit</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>E&amp;xpand all</source>
            <translation>Alles &amp;uitvouwen</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>C&amp;ollapse all</source>
            <translation>Alles &amp;samenvouwen</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Dashboard</source>
            <translation>&amp;Dashboard</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Operations</source>
            <translation>B&amp;ewerkingen</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Operations on the &amp;selection…</source>
            <translation>Bewerkingen op de &amp;selectie…</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Refreshing…</source>
            <translation>Vernieuwen…</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Operations apply to VMs.</source>
            <translation>Bewerkingen gelden voor VM's.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Refused: {0}</source>
            <translation>Geweigerd: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>{0}: job {1} started.</source>
            <translation>{0}: taak {1} gestart.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>● Connected</source>
            <translation>● Verbonden</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>● Reconnecting</source>
            <translation>● Opnieuw verbinden</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>● Offline</source>
            <translation>● Offline</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Not live: the last known state, shown greyed until the connection is back.</source>
            <translation>Niet live: de laatst bekende toestand, grijs weergegeven tot de verbinding terug is.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Not live: the replication figures are the last ones read, shown greyed until the control plane reads replication status again.</source>
            <translation>Niet live: de replicatiecijfers zijn de laatst gelezen waarden, grijs weergegeven tot het besturingsvlak de replicatiestatus weer leest.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Vault: {0}</source>
            <translation>Kluis: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>{0} — Standby</source>
            <translation>{0} — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>viewer</source>
            <translation>lezer</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>operator or admin</source>
            <translation>operator of beheerder</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>admin</source>
            <translation>beheerder</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>role unknown</source>
            <translation>rol onbekend</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Profile: {0} ({1})</source>
            <translation>Profiel: {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Live; last change {0}</source>
            <translation>Live; laatste wijziging {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Not live — replication figures as of {0} ({1} ago): the control plane cannot read replication status. Health, RPO and recovery points may have changed since.</source>
            <translation>Niet live — replicatiecijfers van {0} ({1} geleden): het besturingsvlak kan de replicatiestatus niet lezen. Integriteit, RPO en herstelpunten kunnen sindsdien gewijzigd zijn.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Not live — the control plane cannot read replication status. Health, RPO and recovery points may have changed.</source>
            <translation>Niet live — het besturingsvlak kan de replicatiestatus niet lezen. Integriteit, RPO en herstelpunten kunnen gewijzigd zijn.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Not live — last known state as of {0} ({1} ago). Health, RPO and figures may have changed since.</source>
            <translation>Niet live — laatst bekende toestand van {0} ({1} geleden). Integriteit, RPO en cijfers kunnen sindsdien gewijzigd zijn.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Not live — no data received yet.</source>
            <translation>Niet live — nog geen gegevens ontvangen.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Clock {0} behind the control plane</source>
            <translation>Klok {0} achter op het besturingsvlak</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Clock {0} ahead of the control plane</source>
            <translation>Klok {0} voor op het besturingsvlak</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>A&amp;lerts ({0})</source>
            <translation>&amp;Waarschuwingen ({0})</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/menu.py" />
            <source>&amp;DR drill…</source>
            <translation>&amp;DR-oefening…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/menu.py" />
            <source>Drill &amp;history…</source>
            <translation>Oefen&amp;geschiedenis…</translation>
        </message>
    </context>
    <context>
        <name>ManualActionBanner</name>
        <message>
            <location filename="../../app/console/plans/manual_banner.py" />
            <source>Manual action</source>
            <translation>Handmatige actie</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/manual_banner.py" />
            <source>Done — resume</source>
            <translation>Klaar — hervatten</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/manual_banner.py" />
            <source>Manual action done: resume the plan</source>
            <translation>Handmatige actie klaar: het plan hervatten</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/manual_banner.py" />
            <source>The plan waits for you — group {0}: {1}</source>
            <translation>Het plan wacht op u — groep {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>MultiField</name>
        <message>
            <location filename="../../app/console/wizards/fields.py" />
            <source>Filter</source>
            <translation>Filteren</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/fields.py" />
            <source>Select all shown</source>
            <translation>Alle getoonde selecteren</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/fields.py" />
            <source>{0} of {1} selected</source>
            <translation>{0} van {1} geselecteerd</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/fields.py" />
            <source> · {0} shown</source>
            <translation> · {0} getoond</translation>
        </message>
    </context>
    <context>
        <name>NotificationsDialog</name>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Recovery plan</source>
            <translation>Herstelplan</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Information</source>
            <translation>Informatie</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Warning</source>
            <translation>Waarschuwing</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Critical</source>
            <translation>Kritiek</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Raised</source>
            <translation>Gemeld</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>More severe</source>
            <translation>Ernstiger</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Resolved</source>
            <translation>Opgelost</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Waiting</source>
            <translation>Wachtend</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Delivered</source>
            <translation>Afgeleverd</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Failed</source>
            <translation>Mislukt</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Quiet from</source>
            <translation>Stil vanaf</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Quiet until</source>
            <translation>Stil tot</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Time zone</source>
            <translation>Tijdzone</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Signing secret</source>
            <translation>Ondertekeningsgeheim</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>SMTP server</source>
            <translation>SMTP-server</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Port</source>
            <translation>Poort</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Security</source>
            <translation>Beveiliging</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Username</source>
            <translation>Gebruikersnaam</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Password</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>To</source>
            <translation>Aan</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Notifications — Standby</source>
            <translation>Meldingen — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Alerts reach people who are not watching the console: each rule sends the alerts of at least its severity to a webhook or by e-mail.</source>
            <translation>Waarschuwingen bereiken mensen die niet naar de console kijken: elke regel stuurt de waarschuwingen van ten minste zijn ernst naar een webhook of per e-mail.</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Notification rules</source>
            <translation>Meldingsregels</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>&amp;New rule</source>
            <translation>&amp;Nieuwe regel</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>&amp;Delete</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Delivery log</source>
            <translation>Afleverlogboek</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Event</source>
            <translation>Gebeurtenis</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Attempts</source>
            <translation>Pogingen</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Last error</source>
            <translation>Laatste fout</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>&amp;Refresh</source>
            <translation>&amp;Vernieuwen</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>e.g. On-call engineer</source>
            <translation>bijv. Dienstdoende technicus</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Name:</source>
            <translation>Naam:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Send notifications for this rule</source>
            <translation>Meldingen voor deze regel versturen</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>At least:</source>
            <translation>Ten minste:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Site:</source>
            <translation>Site:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Recovery plan:</source>
            <translation>Herstelplan:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Hold notifications during quiet hours</source>
            <translation>Meldingen vasthouden tijdens stille uren</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Quiet hours:</source>
            <translation>Stille uren:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>An IANA time zone name, e.g. Europe/Stockholm</source>
            <translation>Een IANA-tijdzonenaam, bijv. Europe/Stockholm</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>from</source>
            <translation>van</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>until</source>
            <translation>tot</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Webhook (signed JSON POST)</source>
            <translation>Webhook (ondertekende JSON POST)</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>E-mail (SMTP)</source>
            <translation>E-mail (SMTP)</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Send by:</source>
            <translation>Versturen via:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>&amp;Save</source>
            <translation>&amp;Opslaan</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Send a &amp;test</source>
            <translation>Een &amp;test versturen</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Save the rule if it changed, then send a test through it</source>
            <translation>Sla de regel op als die gewijzigd is en verstuur er dan een test mee</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>URL:</source>
            <translation>URL:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Signing secret:</source>
            <translation>Ondertekeningsgeheim:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Each POST is signed: its X-Standby-Signature header is sha256= and the HMAC-SHA256, keyed with this secret, of the X-Standby-Timestamp header, a dot and the body.</source>
            <translation>Elke POST wordt ondertekend: de header X-Standby-Signature is sha256= en de HMAC-SHA256, met dit geheim als sleutel, van de header X-Standby-Timestamp, een punt en de body.</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>port</source>
            <translation>poort</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>SMTP server:</source>
            <translation>SMTP-server:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>STARTTLS (port 587)</source>
            <translation>STARTTLS (poort 587)</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>TLS (port 465)</source>
            <translation>TLS (poort 465)</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>None (no login)</source>
            <translation>Geen (geen aanmelding)</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Security:</source>
            <translation>Beveiliging:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Username:</source>
            <translation>Gebruikersnaam:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Password:</source>
            <translation>Wachtwoord:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>From:</source>
            <translation>Van:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>oncall@example.net, dr-team@example.net</source>
            <translation>dienst@example.net, dr-team@example.net</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>To:</source>
            <translation>Aan:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Any site</source>
            <translation>Elke site</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Any recovery plan</source>
            <translation>Elk herstelplan</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Stored — leave empty to keep it</source>
            <translation>Opgeslagen — laat leeg om te behouden</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Notification rules are managed with an administrator's token; this connection's token may not read or change them.</source>
            <translation>Meldingsregels worden beheerd met het token van een beheerder; het token van deze verbinding mag ze niet lezen of wijzigen.</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Cannot list the notification rules: {0}</source>
            <translation>Kan de meldingsregels niet weergeven: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>No rules yet: fill in the form and save it.</source>
            <translation>Nog geen regels: vul het formulier in en sla het op.</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>webhook</source>
            <translation>webhook</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>e-mail to {0}</source>
            <translation>e-mail aan {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>{0} (off)</source>
            <translation>{0} (uit)</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>{0} and worse, {1}</source>
            <translation>{0} en ernstiger, {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Cannot read the delivery log: {0}</source>
            <translation>Kan het afleverlogboek niet lezen: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Not saved: {0}</source>
            <translation>Niet opgeslagen: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Saved the rule {0}.</source>
            <translation>De regel {0} is opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Sending a test through {0}…</source>
            <translation>Test wordt verstuurd via {0}…</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>The test could not be sent: {0}</source>
            <translation>De test kon niet worden verstuurd: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>The test was delivered through {0}.</source>
            <translation>De test is afgeleverd via {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>The test was not delivered: {0}</source>
            <translation>De test is niet afgeleverd: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Not deleted: {0}</source>
            <translation>Niet verwijderd: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Deleted the rule {0}.</source>
            <translation>De regel {0} is verwijderd.</translation>
        </message>
    </context>
    <context>
        <name>OperationReason</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failback brings a VM back to its primary site; this one already runs there.</source>
            <translation>Failback brengt een VM terug naar de primaire site; deze draait daar al.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a cleanup is already running</source>
            <translation>er loopt al een opschoning</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a committed failover can't be cancelled — reverse replicate, then fail back</source>
            <translation>een doorgevoerde failover kan niet worden geannuleerd — voer omgekeerde replicatie uit en daarna failback</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a failed-over item (committed or not) or a failed reverse replication to retry</source>
            <translation>een item na failover (doorgevoerd of niet) of een mislukte omgekeerde replicatie om opnieuw te proberen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a failover that is not committed (failed-over or failover-failed)</source>
            <translation>een failover die niet is doorgevoerd (failover uitgevoerd of failover mislukt)</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a paused item</source>
            <translation>een onderbroken item</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a protected item</source>
            <translation>een beveiligd item</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a protected item running at the recovery site</source>
            <translation>een beveiligd item dat op de herstelsite draait</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a protected or paused item</source>
            <translation>een beveiligd of onderbroken item</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a protected or replicating item with no failover pending</source>
            <translation>een beveiligd of replicerend item zonder openstaande failover</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a replica with a recovery point to start from</source>
            <translation>een replica met een herstelpunt om vanaf te starten</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a resynchronization can't be paused half-way — let it finish</source>
            <translation>een hersynchronisatie kan niet halverwege worden onderbroken — laat die voltooien</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a resynchronization is already running</source>
            <translation>er loopt al een hersynchronisatie</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a test failover awaiting cleanup</source>
            <translation>een testfailover die wacht op opschonen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a test failover awaits cleanup: clean it up first</source>
            <translation>er wacht een testfailover op opschonen: schoon die eerst op</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a test failover is being cleaned up: wait for that to finish</source>
            <translation>een testfailover wordt opgeschoond: wacht tot dat klaar is</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a test failover is running on this item: wait for it to finish</source>
            <translation>er loopt een testfailover op dit item: wacht tot die klaar is</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>an initial copy can't be paused half-way — let it finish or disable protection</source>
            <translation>een eerste kopie kan niet halverwege worden onderbroken — laat die voltooien of schakel de beveiliging uit</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>an item that is failed over and not yet committed</source>
            <translation>een item met een failover die nog niet is doorgevoerd</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>an item that is resync-required or protected</source>
            <translation>een item dat opnieuw moet worden gesynchroniseerd of beveiligd is</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>an unprotected item (or a failed enable to retry)</source>
            <translation>een niet-beveiligd item (of een mislukte inschakeling om opnieuw te proberen)</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>clean up the previous drill first</source>
            <translation>schoon eerst de vorige oefening op</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>cleaning-up</source>
            <translation>wordt opgeschoond</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>cleanup-pending</source>
            <translation>wacht op opschonen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>commit discarded the other recovery points</source>
            <translation>het doorvoeren heeft de andere herstelpunten verwijderd</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>commit it and start reverse replication first</source>
            <translation>voer hem door en start eerst omgekeerde replicatie</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>commit or cancel the failover first</source>
            <translation>voer de failover eerst door of annuleer hem</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>disabling-protection</source>
            <translation>beveiliging wordt uitgeschakeld</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>enable protection first</source>
            <translation>schakel eerst de beveiliging in</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>enable-protection-failed</source>
            <translation>beveiliging inschakelen mislukt</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>enabling-protection</source>
            <translation>beveiliging wordt ingeschakeld</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>failed-over</source>
            <translation>failover uitgevoerd</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>failover-committed</source>
            <translation>failover doorgevoerd</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>failover-failed</source>
            <translation>failover mislukt</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>failover-in-progress</source>
            <translation>failover bezig</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>initial-replication</source>
            <translation>initiële replicatie</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>it already runs on the replica — commit or cancel it</source>
            <translation>hij draait al op de replica — voer de failover door of annuleer hem</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>it has no recovery point yet — wait for initial replication to finish</source>
            <translation>het heeft nog geen herstelpunt — wacht tot de initiële replicatie klaar is</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>it is already paused</source>
            <translation>het is al onderbroken</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>it is not paused</source>
            <translation>het is niet onderbroken</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>it is not protected</source>
            <translation>het is niet beveiligd</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>its recovery points may be stale — resynchronize it first</source>
            <translation>de herstelpunten kunnen verouderd zijn — synchroniseer eerst opnieuw</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>no other drill on this item</source>
            <translation>geen andere oefening op dit item</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>not-protected</source>
            <translation>niet beveiligd</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>paused</source>
            <translation>onderbroken</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>protected</source>
            <translation>beveiligd</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>protection is already enabled</source>
            <translation>de beveiliging is al ingeschakeld</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>protection is being disabled</source>
            <translation>de beveiliging wordt uitgeschakeld</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>resume replication first</source>
            <translation>hervat eerst de replicatie</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>resync-required</source>
            <translation>opnieuw synchroniseren vereist</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>resynchronize it first</source>
            <translation>synchroniseer eerst opnieuw</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>resynchronizing</source>
            <translation>wordt opnieuw gesynchroniseerd</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>retry enabling protection first</source>
            <translation>probeer eerst opnieuw de beveiliging in te schakelen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>retry reverse replication first</source>
            <translation>probeer eerst opnieuw de omgekeerde replicatie</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>retry with an unplanned failover, or cancel the failover</source>
            <translation>probeer opnieuw met een niet-geplande failover, of annuleer de failover</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>reverse-replicating</source>
            <translation>omgekeerde replicatie bezig</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>reverse-replication-failed</source>
            <translation>omgekeerde replicatie mislukt</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>running</source>
            <translation>actief</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>start reverse replication first</source>
            <translation>start eerst omgekeerde replicatie</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the failover did not finish — retry it as an unplanned failover, or cancel it</source>
            <translation>de failover is niet voltooid — probeer opnieuw als niet-geplande failover, of annuleer de failover</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the failover is already committed</source>
            <translation>de failover is al doorgevoerd</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the other site has no complete copy yet — wait for reverse replication to finish</source>
            <translation>de andere site heeft nog geen volledige kopie — wacht tot de omgekeerde replicatie klaar is</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the other site has no complete copy — retry reverse replication first</source>
            <translation>de andere site heeft geen volledige kopie — probeer eerst opnieuw de omgekeerde replicatie</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the other site has no replica until reverse replication</source>
            <translation>de andere site heeft geen replica tot de omgekeerde replicatie</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>there is no failover to reverse</source>
            <translation>er is geen failover om om te keren</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>there is no uncommitted failover</source>
            <translation>er is geen niet-doorgevoerde failover</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>there is nothing to clean up</source>
            <translation>er is niets op te schonen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for initial replication to finish</source>
            <translation>wacht tot de initiële replicatie klaar is</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for protection to be disabled</source>
            <translation>wacht tot de beveiliging is uitgeschakeld</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for protection to be enabled</source>
            <translation>wacht tot de beveiliging is ingeschakeld</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for resynchronization to finish</source>
            <translation>wacht tot de hersynchronisatie klaar is</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for reverse replication to finish</source>
            <translation>wacht tot de omgekeerde replicatie klaar is</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for the cleanup to finish</source>
            <translation>wacht tot het opschonen klaar is</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for the failover to finish</source>
            <translation>wacht tot de failover klaar is</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for the running drill to finish</source>
            <translation>wacht tot de lopende oefening klaar is</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for the test failover to finish first</source>
            <translation>wacht eerst tot de testfailover klaar is</translation>
        </message>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>{0} needs {1}; its test failover is {2}: {3}.</source>
            <translation>‘{0}’ vereist {1}; de testfailover is ‘{2}’: {3}.</translation>
        </message>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>{0} needs {1}; this one is {2}: {3}.</source>
            <translation>‘{0}’ vereist {1}; de status is ‘{2}’: {3}.</translation>
        </message>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>{0} needs {1}; this one is {2}.</source>
            <translation>‘{0}’ vereist {1}; de status is ‘{2}’.</translation>
        </message>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>{0} can't run while {1}.</source>
            <translation>‘{0}’ kan nu niet worden uitgevoerd: {1}.</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Plan name</source>
            <translation>Plannaam</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>e.g. ERP estate</source>
            <translation>bijv. ERP-omgeving</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Plan &amp;name:</source>
            <translation>Plan&amp;naam:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Description</source>
            <translation>Beschrijving</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>What the plan recovers, and who owns it</source>
            <translation>Wat het plan herstelt, en wie de eigenaar is</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>&amp;Description:</source>
            <translation>&amp;Beschrijving:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Why the plan cannot be saved</source>
            <translation>Waarom het plan niet kan worden opgeslagen</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>The control plane's answer</source>
            <translation>Het antwoord van het besturingsvlak</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>&amp;Save</source>
            <translation>&amp;Opslaan</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Protected VMs — drag into a group</source>
            <translation>Beveiligde VM's — sleep naar een groep</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Filter the protected VMs</source>
            <translation>De beveiligde VM's filteren</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Filter by name</source>
            <translation>Filteren op naam</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Protected VMs</source>
            <translation>Beveiligde VM's</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>&amp;Add to group →</source>
            <translation>&amp;Toevoegen aan groep →</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Add the selected VMs to the selected group</source>
            <translation>De geselecteerde VM's toevoegen aan de geselecteerde groep</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>No protected VMs yet: protect VMs first, then add them here.</source>
            <translation>Nog geen beveiligde VM's: beveilig eerst VM's en voeg ze dan hier toe.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Groups run in order; the VMs of a group in parallel</source>
            <translation>Groepen lopen op volgorde; de VM's van een groep parallel</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Groups of the plan</source>
            <translation>Groepen van het plan</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>+ &amp;Group</source>
            <translation>+ &amp;Groep</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Add a group at the end</source>
            <translation>Een groep aan het einde toevoegen</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>▲ &amp;Up</source>
            <translation>▲ &amp;Omhoog</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Run the selected group earlier</source>
            <translation>De geselecteerde groep eerder uitvoeren</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>▼ D&amp;own</source>
            <translation>▼ Om&amp;laag</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Run the selected group later</source>
            <translation>De geselecteerde groep later uitvoeren</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>&amp;Remove</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Remove the selected VM or group</source>
            <translation>De geselecteerde VM of groep verwijderen</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Select the group to add the VMs to.</source>
            <translation>Selecteer de groep waaraan de VM's worden toegevoegd.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Select VMs in the list first.</source>
            <translation>Selecteer eerst VM's in de lijst.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>… and {0} more</source>
            <translation>… en nog {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Cannot save yet:</source>
            <translation>Kan nog niet opslaan:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>new plan</source>
            <translation>nieuw plan</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>New recovery plan — {0}{1}</source>
            <translation>Nieuw herstelplan — {0}{1}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Recovery plan — {0}{1}</source>
            <translation>Herstelplan — {0}{1}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Saving…</source>
            <translation>Opslaan…</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>The control plane refused the plan:</source>
            <translation>Het besturingsvlak weigerde het plan:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Saved.</source>
            <translation>Opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Unsaved changes</source>
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>The plan has changes that are not saved. Close and discard them?</source>
            <translation>Het plan heeft wijzigingen die niet zijn opgeslagen. Sluiten en ze verwerpen?</translation>
        </message>
    </context>
    <context>
        <name>PlanMenu</name>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>Recovery &amp;plans</source>
            <translation>&amp;Herstelplannen</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>&amp;New plan…</source>
            <translation>&amp;Nieuw plan…</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>&amp;Edit plan</source>
            <translation>Plan &amp;bewerken</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>&amp;Follow a plan job</source>
            <translation>Een plantaak &amp;volgen</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>No recovery plans yet</source>
            <translation>Nog geen herstelplannen</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>{0}  ({1})</source>
            <translation>{0}  ({1})</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>No plan jobs</source>
            <translation>Geen plantaken</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>{0} of {1} — {2}</source>
            <translation>{0} van {1} — {2}</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Choose the recovery plan to drill</source>
            <translation>Kies het herstelplan om te oefenen</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>The drill starts a test failover of every VM of the plan into the isolated test network. Replication goes on; production is not touched.</source>
            <translation>De oefening start een testfailover van elke VM van het plan in het geïsoleerde testnetwerk. De replicatie gaat door; productie wordt niet aangeraakt.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Recovery plan</source>
            <translation>Herstelplan</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>&amp;Recovery plan:</source>
            <translation>&amp;Herstelplan:</translation>
        </message>
    </context>
    <context>
        <name>PlanRules</name>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>The plan needs a name.</source>
            <translation>Het plan heeft een naam nodig.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>The name is longer than {0} characters.</source>
            <translation>De naam is langer dan {0} tekens.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>A recovery plan named '{0}' exists already.</source>
            <translation>Er bestaat al een herstelplan met de naam '{0}'.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>The description is longer than 2000 characters.</source>
            <translation>De beschrijving is langer dan 2000 tekens.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>The plan needs at least one group.</source>
            <translation>Het plan heeft ten minste één groep nodig.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>A plan has at most {0} groups.</source>
            <translation>Een plan heeft hoogstens {0} groepen.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>Group {0}</source>
            <translation>Groep {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0} needs a name.</source>
            <translation>{0} heeft een naam nodig.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>not a protected item: protect it first</source>
            <translation>geen beveiligd item: beveilig het eerst</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: {1} is not a protected item; protect it first.</source>
            <translation>{0}: {1} is geen beveiligd item; beveilig het eerst.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>in group {0} already: a VM goes in one group only</source>
            <translation>al in groep {0}: een VM hoort in één groep</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: {1} is in group {2} already; a VM goes in one group only.</source>
            <translation>{0}: {1} zit al in groep {2}; een VM hoort in één groep.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>Add at least one protected VM to a group.</source>
            <translation>Voeg ten minste één beveiligde VM toe aan een groep.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>an action</source>
            <translation>een actie</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: an action needs a name.</source>
            <translation>{0}: een actie heeft een naam nodig.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: script '{1}' needs a command.</source>
            <translation>{0}: script '{1}' heeft een opdracht nodig.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: the command of '{1}' is too long.</source>
            <translation>{0}: de opdracht van '{1}' is te lang.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: the timeout of '{1}' must be 1 s to 24 h.</source>
            <translation>{0}: de time-out van '{1}' moet 1 s tot 24 u zijn.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: manual step '{1}' needs instructions for the operator.</source>
            <translation>{0}: handmatige stap '{1}' heeft instructies voor de operator nodig.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: the instructions of '{1}' are too long.</source>
            <translation>{0}: de instructies van '{1}' zijn te lang.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>Group {0}: {1}</source>
            <translation>Groep {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>Script {0}</source>
            <translation>Script {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>Manual step {0}</source>
            <translation>Handmatige stap {0}</translation>
        </message>
    </context>
    <context>
        <name>PlanRunView</name>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Groups, VMs and steps of the plan job</source>
            <translation>Groepen, VM's en stappen van de plantaak</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Group / VM / step</source>
            <translation>Groep / VM / stap</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Started</source>
            <translation>Gestart</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Duration</source>
            <translation>Duur</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Cancel plan job</source>
            <translation>Plantaak annuleren</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Cancel the plan job</source>
            <translation>De plantaak annuleren</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Close this view; the job goes on</source>
            <translation>Deze weergave sluiten; de taak gaat door</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Could not read the job: {0}</source>
            <translation>Kan de taak niet lezen: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>{0} — {1}</source>
            <translation>{0} — {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>{0} of plan {1} — {2}</source>
            <translation>{0} van plan {1} — {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Recovery plan job</source>
            <translation>Taak van herstelplan</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Waiting for the job to arrive…</source>
            <translation>Wachten tot de taak binnenkomt…</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Started by {0}</source>
            <translation>Gestart door {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>, at {0}</source>
            <translation>, bij {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Job {0}</source>
            <translation>Taak {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>The job has ended: {0}.</source>
            <translation>De taak is beëindigd: {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Group {0}</source>
            <translation>Groep {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Before</source>
            <translation>Vooraf</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>After</source>
            <translation>Achteraf</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>script</source>
            <translation>script</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>manual</source>
            <translation>handmatig</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>{0} ({1}): {2}</source>
            <translation>{0} ({1}): {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>VMs in parallel ({0})</source>
            <translation>VM's parallel ({0})</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Not started</source>
            <translation>Niet gestart</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>In progress</source>
            <translation>Bezig</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Waiting for you</source>
            <translation>Wacht op u</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Succeeded</source>
            <translation>Geslaagd</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Failed</source>
            <translation>Mislukt</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Cancelled</source>
            <translation>Geannuleerd</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Not run</source>
            <translation>Niet uitgevoerd</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Not connected to the control plane.</source>
            <translation>Niet verbonden met het besturingsvlak.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Resuming the plan…</source>
            <translation>Plan wordt hervat…</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Cancelling the plan job…</source>
            <translation>Plantaak wordt geannuleerd…</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>The control plane refused: {0}</source>
            <translation>Het besturingsvlak weigerde: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Resumed: the plan goes on.</source>
            <translation>Hervat: het plan gaat door.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Cancel requested: the job stops at its next step.</source>
            <translation>Annulering aangevraagd: de taak stopt bij de volgende stap.</translation>
        </message>
    </context>
    <context>
        <name>ProtectedVmsModel</name>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>{0}  — in group {1}</source>
            <translation>{0}  — in groep {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>{0}: {1}. Drag it into a group.</source>
            <translation>{0}: {1}. Sleep hem naar een groep.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>{0} is in group {1} already; a VM goes in one group only.</source>
            <translation>{0} zit al in groep {1}; een VM hoort in één groep.</translation>
        </message>
    </context>
    <context>
        <name>ReplicationState</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Not protected</source>
            <translation>Niet beveiligd</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Enabling protection</source>
            <translation>Beveiliging wordt ingeschakeld</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Initial replication</source>
            <translation>Initiële replicatie</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Protected</source>
            <translation>Beveiligd</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resync required</source>
            <translation>Opnieuw synchroniseren vereist</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronizing</source>
            <translation>Opnieuw synchroniseren</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Paused</source>
            <translation>Onderbroken</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failover in progress</source>
            <translation>Failover bezig</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failed over</source>
            <translation>Failover uitgevoerd</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failover committed</source>
            <translation>Failover doorgevoerd</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replicating</source>
            <translation>Omgekeerde replicatie bezig</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Disabling protection</source>
            <translation>Beveiliging wordt uitgeschakeld</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Enable protection failed</source>
            <translation>Beveiliging inschakelen mislukt</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failover failed</source>
            <translation>Failover mislukt</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replication failed</source>
            <translation>Omgekeerde replicatie mislukt</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Drill report</source>
            <translation>Oefenrapport</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Open &amp;PDF</source>
            <translation>&amp;PDF openen</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Open &amp;HTML</source>
            <translation>&amp;HTML openen</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Open the &amp;folder</source>
            <translation>De &amp;map openen</translation>
        </message>
    </context>
    <context>
        <name>StepList</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Drill steps</source>
            <translation>Oefenstappen</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>1. Recovery plan</source>
            <translation>1. Herstelplan</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>2. Pre-checks</source>
            <translation>2. Controles vooraf</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>3. Test failover</source>
            <translation>3. Testfailover</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>4. Verify</source>
            <translation>4. Verifiëren</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>5. Clean up</source>
            <translation>5. Opschonen</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>6. Report</source>
            <translation>6. Rapport</translation>
        </message>
    </context>
    <context>
        <name>StepText</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Shut down the source VM</source>
            <translation>De bron-VM afsluiten</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replicate the last changes</source>
            <translation>De laatste wijzigingen repliceren</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Start the replica</source>
            <translation>De replica starten</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Start the test VM from a recovery point</source>
            <translation>De test-VM starten vanaf een herstelpunt</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Remove the test VM</source>
            <translation>De test-VM verwijderen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Shut down the source and replicate (best effort)</source>
            <translation>De bron afsluiten en repliceren (naar vermogen)</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Start the replica from the recovery point</source>
            <translation>De replica starten vanaf het herstelpunt</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Fence the old copy</source>
            <translation>De oude kopie afschermen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Commit the failover</source>
            <translation>De failover doorvoeren</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Change the recovery point</source>
            <translation>Het herstelpunt wijzigen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Cancel the failover</source>
            <translation>De failover annuleren</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronize from the active side</source>
            <translation>Opnieuw synchroniseren vanaf de actieve kant</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replication</source>
            <translation>Omgekeerde replicatie</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronize the replica</source>
            <translation>De replica opnieuw synchroniseren</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Pause replication</source>
            <translation>Replicatie onderbreken</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resume replication</source>
            <translation>Replicatie hervatten</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Prepare the replica on the recovery host</source>
            <translation>De replica voorbereiden op de herstelhost</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Wait for the scheduled start at {start_time}</source>
            <translation>Wachten op de geplande start om {start_time}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Initial replication</source>
            <translation>Initiële replicatie</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Stop replication</source>
            <translation>Replicatie stoppen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Shut down the VMs</source>
            <translation>De VM's afsluiten</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Group {group}: before — {action}</source>
            <translation>Groep {group}: vooraf — {action}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Group {group} ({group_name}): before — {action}</source>
            <translation>Groep {group} ({group_name}): vooraf — {action}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Group {group}: {operation} of {count} VM(s)</source>
            <translation>Groep {group}: {operation} van {count} VM('s)</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Group {group} ({group_name}): {operation} of {count} VM(s)</source>
            <translation>Groep {group} ({group_name}): {operation} van {count} VM('s)</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Group {group}: after — {action}</source>
            <translation>Groep {group}: achteraf — {action}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Group {group} ({group_name}): after — {action}</source>
            <translation>Groep {group} ({group_name}): achteraf — {action}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Test VM {test_vm} started from the point of {point_time}.</source>
            <translation>Test-VM {test_vm} gestart vanaf het punt van {point_time}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Removed {count} object(s) the test failover created.</source>
            <translation>{count} object(en) verwijderd die de testfailover had gemaakt.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The source VM is shut down.</source>
            <translation>De bron-VM is afgesloten.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The last changes are replicated.</source>
            <translation>De laatste wijzigingen zijn gerepliceerd.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Skipped: the operator chose not to shut the source down.</source>
            <translation>Overgeslagen: de operator koos ervoor de bron niet af te sluiten.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The source was shut down and its last changes replicated.</source>
            <translation>De bron is afgesloten en de laatste wijzigingen zijn gerepliceerd.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The source could not be reached ({error}); failing over without it.</source>
            <translation>De bron was niet bereikbaar ({error}); failover gaat door zonder de bron.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Started from the point of {point_time} ({point_kind}); writes lost: {writes_lost}.</source>
            <translation>Gestart vanaf het punt van {point_time} ({point_kind}); verloren schrijfbewerkingen: {writes_lost}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Started from the point of {point_time} ({point_kind}); nothing lost: the source was shut down and its last changes replicated first.</source>
            <translation>Gestart vanaf het punt van {point_time} ({point_kind}); niets verloren: de bron is eerst afgesloten en de laatste wijzigingen zijn gerepliceerd.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Started from the point of {point_time} ({point_kind}); the writes after it up to {writes_until} are lost, {unreplicated_bytes} of them never replicated.</source>
            <translation>Gestart vanaf het punt van {point_time} ({point_kind}); de schrijfbewerkingen erna tot {writes_until} zijn verloren, waarvan {unreplicated_bytes} nooit gerepliceerd.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The old copy is fenced: it will not start again when its site returns.</source>
            <translation>De oude kopie is afgeschermd: die start niet opnieuw wanneer de site terugkomt.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Committed: the other recovery points are discarded.</source>
            <translation>Doorgevoerd: de andere herstelpunten zijn verwijderd.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Now running from the point of {point_time}.</source>
            <translation>Draait nu vanaf het punt van {point_time}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failover cancelled: the VM runs on its original side again.</source>
            <translation>Failover geannuleerd: de VM draait weer aan de oorspronkelijke kant.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronized: {blocks_shipped} of {blocks_compared} blocks differed ({bytes_shipped} shipped); replicating in the new direction.</source>
            <translation>Opnieuw gesynchroniseerd: {blocks_shipped} van {blocks_compared} blokken verschilden ({bytes_shipped} verzonden); replicatie in de nieuwe richting.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication paused; writes keep collecting and ship on resume.</source>
            <translation>Replicatie onderbroken; schrijfbewerkingen worden verzameld en bij hervatten verzonden.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication resumed.</source>
            <translation>Replicatie hervat.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronized: {blocks_shipped} of {blocks_compared} blocks differed ({bytes_shipped} shipped).</source>
            <translation>Opnieuw gesynchroniseerd: {blocks_shipped} van {blocks_compared} blokken verschilden ({bytes_shipped} verzonden).</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replica prepared on {host}.</source>
            <translation>Replica voorbereid op {host}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The policy starts the initial copy at {start_time}; waiting.</source>
            <translation>Het beleid start de eerste kopie om {start_time}; wachten.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The scheduled start has come.</source>
            <translation>De geplande start is aangebroken.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Initial replication complete; delta replication runs from now on.</source>
            <translation>Initiële replicatie voltooid; deltareplicatie loopt vanaf nu.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication stopped, replica deleted.</source>
            <translation>Replicatie gestopt, replica verwijderd.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication stopped; the replica is kept.</source>
            <translation>Replicatie gestopt; de replica blijft bewaard.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Waiting for an operator: {instructions}</source>
            <translation>Wachten op een operator: {instructions}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resumed by an operator.</source>
            <translation>Hervat door een operator.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>FAILED: {error}</source>
            <translation>MISLUKT: {error}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Recovery address {address} (per-VM rule).</source>
            <translation>Hersteladres {address} (regel per VM).</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Recovery address {address} (subnet rule {rule_from} → {rule_to}).</source>
            <translation>Hersteladres {address} (subnetregel {rule_from} → {rule_to}).</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Keeps its address {address}.</source>
            <translation>Behoudt zijn adres {address}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Keeps its address (it reports none).</source>
            <translation>Behoudt zijn adres (het meldt er geen).</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>No recovery address: the VM is attached to no network.</source>
            <translation>Geen hersteladres: de VM is met geen enkel netwerk verbonden.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>No recovery address: its network has no network mapping.</source>
            <translation>Geen hersteladres: zijn netwerk heeft geen netwerktoewijzing.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>No recovery address: the VM reports none and no per-VM rule names one.</source>
            <translation>Geen hersteladres: de VM meldt er geen en geen regel per VM noemt er een.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>No recovery address: no rule of its network mapping covers {address}.</source>
            <translation>Geen hersteladres: geen regel van zijn netwerktoewijzing dekt {address}.</translation>
        </message>
    </context>
    <context>
        <name>SummaryPane</name>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Summary</source>
            <translation>Overzicht</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Protected VMs by health</source>
            <translation>Beveiligde VM's per integriteit</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Critical</source>
            <translation>Kritiek</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Warning</source>
            <translation>Waarschuwing</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Normal</source>
            <translation>Normaal</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Not protected</source>
            <translation>Niet beveiligd</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Pairings and policies</source>
            <translation>Koppelingen en beleid</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Needs attention</source>
            <translation>Aandacht nodig</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>VMs that need attention</source>
            <translation>VM's die aandacht nodig hebben</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>VM</source>
            <translation>VM</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Health</source>
            <translation>Integriteit</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>(no longer in the vault)</source>
            <translation>(niet meer in de kluis)</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Vault</source>
            <translation>Kluis</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Cloud</source>
            <translation>Cloud</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>No cloud pairing involves it.</source>
            <translation>Geen cloudkoppeling omvat deze.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source> (embedded lab)</source>
            <translation> (ingebouwd lab)</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Control plane {0}{1}, version {2}: {3} sites, {4} VMs</source>
            <translation>Besturingsvlak {0}{1}, versie {2}: {3} sites, {4} VM's</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>up</source>
            <translation>online</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>DOWN</source>
            <translation>OFFLINE</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>provider connected, last heartbeat {0}</source>
            <translation>provider verbonden, laatste heartbeat {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>provider DISCONNECTED since {0}</source>
            <translation>provider NIET VERBONDEN sinds {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>{0} · site {1} · VMM server {2}: {3} · {4} clouds, {5} VMs</source>
            <translation>{0} · site {1} · VMM-server {2}: {3} · {4} clouds, {5} VM's</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>{0} hosts, {1} VMs</source>
            <translation>{0} hosts, {1} VM's</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>agent {0} connected, last heartbeat {1}</source>
            <translation>agent {0} verbonden, laatste heartbeat {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>agent {0} DISCONNECTED since {1}</source>
            <translation>agent {0} NIET VERBONDEN sinds {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>{0} · {1} VMs</source>
            <translation>{0} · {1} VM's</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Under {0} % free. When it is full, replication to and from this host pauses (and resumes when space returns): free space on it or add storage.</source>
            <translation>Minder dan {0} % vrij. Als de opslag vol is, wordt de replicatie van en naar deze host onderbroken (en hervat zodra er weer ruimte is): maak er ruimte vrij of voeg opslag toe.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>As last reported: the agent is disconnected.</source>
            <translation>Laatst gerapporteerd: de agent is niet verbonden.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>{0}: copy every {1}, keep {2} h of points, app-consistent every {3} h</source>
            <translation>{0}: kopie elke {1}, punkten {2} u bewaren, app-consistent elke {3} u</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <location filename="../../app/console/theme.py" />
            <source>&amp;Theme</source>
            <translation>Th&amp;ema</translation>
        </message>
        <message>
            <location filename="../../app/console/theme.py" />
            <source>&amp;Light</source>
            <translation>&amp;Licht</translation>
        </message>
        <message>
            <location filename="../../app/console/theme.py" />
            <source>&amp;Dark</source>
            <translation>&amp;Donker</translation>
        </message>
        <message>
            <location filename="../../app/console/theme.py" />
            <source>&amp;System</source>
            <translation>&amp;Systeem</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Show console</source>
            <translation>Console tonen</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Quit</source>
            <translation>Afsluiten</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Standby: not connected (showing the last known state)</source>
            <translation>Standby: niet verbonden (laatst bekende toestand)</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Standby: all protected VMs healthy</source>
            <translation>Standby: alle beveiligde VM's gezond</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Standby: warnings need attention</source>
            <translation>Standby: waarschuwingen vragen aandacht</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Standby: critical — see the console</source>
            <translation>Standby: kritiek — zie de console</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Site {0} is down</source>
            <translation>Site {0} is offline</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Protection is at risk for {0} protected VMs replicating there: their changes are not replicated, and they cannot fail over there.</source>
            <translation>De beveiliging van {0} beveiligde VM's die daarheen repliceren is in gevaar: hun wijzigingen worden niet gerepliceerd, en er kan geen failover naartoe worden uitgevoerd.</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Protection at risk</source>
            <translation>Beveiliging in gevaar</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Critical alert</source>
            <translation>Kritieke waarschuwing</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>{0} critical alerts</source>
            <translation>{0} kritieke waarschuwingen</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Latest: {0}</source>
            <translation>Laatste: {0}</translation>
        </message>
    </context>
    <context>
        <name>VerifyPage</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Verify the test VMs</source>
            <translation>De test-VM's verifiëren</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Each test VM's recovery point is proven consistent by the estate's own checks (a file system check and the guest's own log, or the lab's auditor). Tick each item once you have verified it.</source>
            <translation>Het herstelpunt van elke test-VM wordt consistent bewezen door de eigen controles van de omgeving (een controle van het bestandssysteem en het eigen logboek van de gast, of de auditor van het lab). Vink elk item aan zodra u het hebt geverifieerd.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Test VMs</source>
            <translation>Test-VM's</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>VM</source>
            <translation>VM</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Group</source>
            <translation>Groep</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Test VM</source>
            <translation>Test-VM</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Recovery point</source>
            <translation>Herstelpunt</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>RPO</source>
            <translation>RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Consistency proof</source>
            <translation>Consistentiebewijs</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Checklist</source>
            <translation>Controlelijst</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Another item to verify…</source>
            <translation>Nog een item om te verifiëren…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>&amp;Add</source>
            <translation>&amp;Toevoegen</translation>
        </message>
    </context>
    <context>
        <name>VmPane</name>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>VM details</source>
            <translation>VM-details</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Replication</source>
            <translation>Replicatie</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Test failover</source>
            <translation>Testfailover</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Active location</source>
            <translation>Actieve locatie</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Last replication</source>
            <translation>Laatste replicatie</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>RPO</source>
            <translation>RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Pending</source>
            <translation>In behandeling</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Throughput</source>
            <translation>Doorvoer</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Cycles</source>
            <translation>Cycli</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Policy</source>
            <translation>Beleid</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Source → target</source>
            <translation>Bron → doel</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Power</source>
            <translation>Voeding</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Addresses</source>
            <translation>Adressen</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>At failover</source>
            <translation>Bij failover</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Recovery points</source>
            <translation>Herstelpunten</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Cycle</source>
            <translation>Cyclus</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Could not fetch the history: {0}</source>
            <translation>Kan de geschiedenis niet ophalen: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>(VM no longer in the vault)</source>
            <translation>(VM niet meer in de kluis)</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Not protected</source>
            <translation>Niet beveiligd</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>This VM is not protected. Use “Enable protection” from its menu.</source>
            <translation>Deze VM is niet beveiligd. Gebruik „Beveiliging inschakelen” in het menu.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>none yet: the initial copy is under way</source>
            <translation>nog geen: de eerste kopie loopt</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>unknown: no recovery point yet</source>
            <translation>onbekend: nog geen herstelpunt</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>{0}  (reverse replication under way: judged once it completes)</source>
            <translation>{0}  (omgekeerde replicatie loopt: beoordeeld zodra die klaar is)</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>No problems: protection is being enabled; the initial copy starts next.</source>
            <translation>Geen problemen: beveiliging wordt ingeschakeld; de eerste kopie start hierna.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>No problems: the initial copy is under way; the VM is protected from its first recovery point on.</source>
            <translation>Geen problemen: de eerste kopie loopt; de VM is beveiligd vanaf het eerste herstelpunt.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>No problems: reverse replication is under way.</source>
            <translation>Geen problemen: omgekeerde replicatie loopt.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>No problems.</source>
            <translation>Geen problemen.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>{0}  (target {1}, warning above {2})</source>
            <translation>{0}  (doel {1}, waarschuwing boven {2})</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>{0} successful, {1} missed</source>
            <translation>{0} geslaagd, {1} gemist</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>never</source>
            <translation>nooit</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>{0} ago</source>
            <translation>{0} geleden</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Crash consistent</source>
            <translation>Crashconsistent</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>App consistent</source>
            <translation>App-consistent</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Running</source>
            <translation>Actief</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Off</source>
            <translation>Uit</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Primary</source>
            <translation>Primair</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Recovery</source>
            <translation>Herstel</translation>
        </message>
    </context>
    <context>
        <name>Wizard</name>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>crash-consistent</source>
            <translation>crashconsistent</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>app-consistent</source>
            <translation>app-consistent</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>Recovery plan</source>
            <translation>Herstelplan</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>VMs</source>
            <translation>VM's</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <location filename="../../app/console/wizards/flow.py" />
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>VM</source>
            <translation>VM</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Commit the failover</source>
            <translation>De failover doorvoeren</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Commit</source>
            <translation>Doorvoeren</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Keep the point each VM runs from.</source>
            <translation>Behoud het punt waarvan elke VM draait.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Commit discards the other recovery points: afterwards the recovery point can no longer be changed and the failover can no longer be cancelled.</source>
            <translation>Doorvoeren verwijdert de andere herstelpunten: daarna kan het herstelpunt niet meer worden gewijzigd en de failover niet meer worden geannuleerd.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Operation</source>
            <translation>Bewerking</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>runs from {0}</source>
            <translation>draait vanaf {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Change recovery point</source>
            <translation>Herstelpunt wijzigen</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Another recovery point</source>
            <translation>Een ander herstelpunt</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>The VM restarts from the point you choose; the failover stays uncommitted.</source>
            <translation>De VM start opnieuw vanaf het gekozen punt; de failover blijft niet-doorgevoerd.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Runs now from</source>
            <translation>Draait nu vanaf</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <location filename="../../app/console/wizards/failover_flows.py" />
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <location filename="../../app/console/wizards/policy_flow.py" />
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Review</source>
            <translation>Controleren</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>The VM is restarted: it is down for a moment.</source>
            <translation>De VM wordt opnieuw gestart: hij is even niet beschikbaar.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Reverse replication</source>
            <translation>Omgekeerde replicatie</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Start reverse replication</source>
            <translation>Omgekeerde replicatie starten</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>{0} write(s)</source>
            <translation>{0} schrijfbewerking(en)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>{0} of data</source>
            <translation>{0} aan gegevens</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>{0} on the other side would be discarded</source>
            <translation>{0} aan de andere kant zou worden verwijderd</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Writes on the other side</source>
            <translation>Schrijfbewerkingen aan de andere kant</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Reverse replication makes the other side a replica of the active one.</source>
            <translation>Omgekeerde replicatie maakt van de andere kant een replica van de actieve kant.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>No writes would be discarded: nothing to confirm.</source>
            <translation>Er zouden geen schrijfbewerkingen worden verwijderd: niets te bevestigen.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>plan</source>
            <translation>plan</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Writes that would be discarded</source>
            <translation>Schrijfbewerkingen die zouden worden verwijderd</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Type the {0} name to discard them</source>
            <translation>Typ de naam van de {0} om ze te verwijderen</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>{0} made on the other side after the failover point never reached the active side. Reverse replication overwrites it for good.</source>
            <translation>{0} die aan de andere kant na het failoverpunt is gemaakt, heeft de actieve kant nooit bereikt. Omgekeerde replicatie overschrijft dit definitief.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Type {0} exactly to accept losing {1}.</source>
            <translation>Typ {0} exact om het verlies van {1} te accepteren.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Discarded on the other side</source>
            <translation>Verwijderd aan de andere kant</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Failback</source>
            <translation>Failback</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Start failback</source>
            <translation>Failback starten</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Step 1 of 2: planned failover back to {0}</source>
            <translation>Stap 1 van 2: geplande failover terug naar {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>The plan's VMs are shut down where they run now, their last changes replicated, then started at {0}: no data loss.</source>
            <translation>De VM's van het plan worden afgesloten waar ze nu draaien, hun laatste wijzigingen gerepliceerd en daarna gestart op {0}: geen gegevensverlies.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>{0} is shut down where it runs now, its last changes replicated, then started at {1}: no data loss.</source>
            <translation>{0} wordt afgesloten waar hij nu draait, de laatste wijzigingen gerepliceerd en daarna gestart op {1}: geen gegevensverlies.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Step 2 of 2: reverse replication</source>
            <translation>Stap 2 van 2: omgekeerde replicatie</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Then replication runs from {0} to the recovery site again.</source>
            <translation>Daarna loopt de replicatie weer van {0} naar de herstelsite.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Only the blocks that differ are shipped. After a planned failover no write is discarded.</source>
            <translation>Alleen de blokken die verschillen worden verzonden. Na een geplande failover wordt geen schrijfbewerking verwijderd.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Down from the shutdown until running at {0}.</source>
            <translation>Niet beschikbaar vanaf het afsluiten tot hij draait op {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Step 1</source>
            <translation>Stap 1</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>planned failover back to {0}</source>
            <translation>geplande failover terug naar {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Step 2</source>
            <translation>Stap 2</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>reverse replication</source>
            <translation>omgekeerde replicatie</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Expected data loss</source>
            <translation>Verwacht gegevensverlies</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>none (the source is shut down and synced first)</source>
            <translation>geen (de bron wordt eerst afgesloten en gesynchroniseerd)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <location filename="../../app/console/wizards/flow.py" />
            <source>{0} of {1}: job {2} started.</source>
            <translation>{0} van {1}: taak {2} gestart.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Recovery address</source>
            <translation>Hersteladres</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Recovery point</source>
            <translation>Herstelpunt</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Listed point</source>
            <translation>Punt uit de lijst</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Newest first: time, kind and age of each point.</source>
            <translation>Nieuwste eerst: tijd, soort en leeftijd van elk punt.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Each VM starts from</source>
            <translation>Elke VM start vanaf</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>no such point</source>
            <translation>geen dergelijk punt</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Choose a point from the list.</source>
            <translation>Kies een punt uit de lijst.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>{0} has no such recovery point: choose another.</source>
            <translation>{0} heeft dat herstelpunt niet: kies een ander.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Latest</source>
            <translation>Laatste</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Latest processed</source>
            <translation>Laatst verwerkt</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Latest app-consistent</source>
            <translation>Laatste app-consistente</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>its source host is not in the inventory</source>
            <translation>de bronhost staat niet in de inventaris</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <location filename="../../app/console/wizards/flow.py" />
            <source>the site {0} is down</source>
            <translation>de site {0} is offline</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>the host agent of {0} does not answer</source>
            <translation>de hostagent van {0} antwoordt niet</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Test failover</source>
            <translation>Testfailover</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Start test failover</source>
            <translation>Testfailover starten</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Isolated: the test VM cannot reach production.</source>
            <translation>Geïsoleerd: de test-VM kan productie niet bereiken.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Not isolated: the test VM would share a network with production.</source>
            <translation>Niet geïsoleerd: de test-VM zou een netwerk delen met productie.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Recovery point and network</source>
            <translation>Herstelpunt en netwerk</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>The test VM starts from this point, in this network; replication goes on.</source>
            <translation>De test-VM start vanaf dit punt, in dit netwerk; de replicatie gaat door.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>{0} is not an isolated test network: the test VM will run beside the production VM with the same identity.</source>
            <translation>{0} is geen geïsoleerd testnetwerk: de test-VM draait naast de productie-VM met dezelfde identiteit.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Network</source>
            <translation>Netwerk</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Start the test failover; the jobs pane follows it.</source>
            <translation>Start de testfailover; het takenvenster volgt hem.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Clean the test up afterwards: a drill counts only after its cleanup.</source>
            <translation>Schoon de test daarna op: een oefening telt pas na het opschonen.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Choose the network the test VM starts in.</source>
            <translation>Kies het netwerk waarin de test-VM start.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Test failover cleanup</source>
            <translation>Testfailover opschonen</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Clean up</source>
            <translation>Opschonen</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>What did the test show?</source>
            <translation>Wat liet de test zien?</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Cleanup removes only what the test created; your notes go into its record.</source>
            <translation>Opschonen verwijdert alleen wat de test heeft gemaakt; uw notities gaan in het verslag.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>e.g. SQL started, orders readable, web front end OK.</source>
            <translation>bijv. SQL gestart, orders leesbaar, webfrontend OK.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Notes are required: say what the test showed.</source>
            <translation>Notities zijn verplicht: zeg wat de test liet zien.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Notes are limited to 4000 characters.</source>
            <translation>Notities zijn beperkt tot 4000 tekens.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Planned failover</source>
            <translation>Geplande failover</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Start planned failover</source>
            <translation>Geplande failover starten</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>✓ source reachable</source>
            <translation>✓ bron bereikbaar</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>✓ recovery host reachable</source>
            <translation>✓ herstelhost bereikbaar</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>replication is critical</source>
            <translation>replicatie is kritiek</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>⚠ replication healthy enough, RPO {0} ({1})</source>
            <translation>⚠ replicatie gezond genoeg, RPO {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>warning</source>
            <translation>waarschuwing</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>✓ replication healthy (no recovery point yet this way round)</source>
            <translation>✓ replicatie gezond (nog geen herstelpunt in deze richting)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>✓ replication healthy, RPO {0}</source>
            <translation>✓ replicatie gezond, RPO {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Pre-checks</source>
            <translation>Voorafgaande controles</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>A planned failover needs its source and its recovery host reachable and replication healthy.</source>
            <translation>Een geplande failover vereist dat de bron en de herstelhost bereikbaar zijn en dat de replicatie gezond is.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Checked just now</source>
            <translation>Zojuist gecontroleerd</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>When the source site is down or replication is critical, use an unplanned failover instead.</source>
            <translation>Als de bronsite offline is of de replicatie kritiek, gebruik dan een niet-geplande failover.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>No data loss: the source will be shut down, its last changes replicated, then the replica started. The VMs are down until their replicas run.</source>
            <translation>Geen gegevensverlies: de bron wordt afgesloten, de laatste wijzigingen gerepliceerd en daarna de replica gestart. De VM's zijn niet beschikbaar tot hun replica's draaien.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Fails over to</source>
            <translation>Failover naar</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Unplanned failover</source>
            <translation>Niet-geplande failover</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Start unplanned failover</source>
            <translation>Niet-geplande failover starten</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>unknown: a VM has no such recovery point</source>
            <translation>onbekend: een VM heeft dat herstelpunt niet</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>none expected, if the source can be shut down and synced</source>
            <translation>geen verwacht, als de bron kan worden afgesloten en gesynchroniseerd</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>up to {0} of writes</source>
            <translation>tot {0} aan schrijfbewerkingen</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source> and {0} never replicated</source>
            <translation> en {0} nooit gerepliceerd</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Recovery point and expected data loss</source>
            <translation>Herstelpunt en verwacht gegevensverlies</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>The replica starts from this point; later writes are lost.</source>
            <translation>De replica start vanaf dit punt; latere schrijfbewerkingen gaan verloren.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>source unreachable ({0})</source>
            <translation>bron onbereikbaar ({0})</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>source reachable</source>
            <translation>bron bereikbaar</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>{0}; {1}; loses {2}</source>
            <translation>{0}; {1}; verliest {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>First shut down the source and replicate its last changes (best effort)</source>
            <translation>Eerst de bron afsluiten en de laatste wijzigingen repliceren (naar beste vermogen)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>If the source cannot be reached, the failover goes on without it.</source>
            <translation>Als de bron niet bereikbaar is, gaat de failover zonder door.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Expected data loss: {0}.</source>
            <translation>Verwacht gegevensverlies: {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Figures as of {0}.</source>
            <translation>Cijfers van {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Expected data loss: {0}. The old copy is fenced: it will not start again when its site returns, and nothing replicates back until reverse replication.</source>
            <translation>Verwacht gegevensverlies: {0}. De oude kopie wordt afgeschermd: die start niet opnieuw wanneer de site terugkomt, en er wordt niets teruggerepliceerd tot de omgekeerde replicatie.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>yes (best effort)</source>
            <translation>ja (naar beste vermogen)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Shut down the source first</source>
            <translation>Eerst de bron afsluiten</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>The protected item {0} is gone.</source>
            <translation>Het beveiligde item {0} bestaat niet meer.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>The recovery plan {0} is gone.</source>
            <translation>Het herstelplan {0} bestaat niet meer.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>its agent is disconnected</source>
            <translation>de agent ervan is niet verbonden</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>it has received no recovery point yet</source>
            <translation>er is nog geen herstelpunt ontvangen</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>the last point it received is from {0}</source>
            <translation>het laatste ontvangen punt is van {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>the recovery host {0} is unreachable ({1}): a failover cannot start there until it returns; {2}.</source>
            <translation>de herstelhost {0} is onbereikbaar ({1}): een failover kan daar pas starten als deze terug is; {2}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>The plan has no protected items: edit the plan first.</source>
            <translation>Het plan heeft geen beveiligde items: bewerk eerst het plan.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>{0} → {1}</source>
            <translation>{0} → {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>IP rules of {0}</source>
            <translation>IP-regels van {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Save rules</source>
            <translation>Regels opslaan</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>IP rules</source>
            <translation>IP-regels</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Where VMs of {0} get their addresses at a failover. One rule a line; a per-VM rule wins over a subnet rule; without rules VMs keep their addresses.</source>
            <translation>Waar VM's van {0} hun adressen krijgen bij een failover. Eén regel per regel; een regel per VM gaat voor een subnetregel; zonder regels houden VM's hun adressen.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Subnet rules</source>
            <translation>Subnetregels</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>PRIMARY=RECOVERY subnet, the host part kept, then optionally ,gateway=IP and ,dns=IP</source>
            <translation>PRIMAIR=HERSTEL subnet, het hostdeel blijft, dan eventueel ,gateway=IP en ,dns=IP</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Per-VM rules</source>
            <translation>Regels per VM</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>VM=ADDRESS with its prefix length, then optionally ,gateway=IP</source>
            <translation>VM=ADRES met prefixlengte, dan eventueel ,gateway=IP</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Failovers already started keep the addresses they were started with.</source>
            <translation>Failovers die al gestart zijn houden de adressen waarmee ze gestart zijn.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Addresses at a failover</source>
            <translation>Adressen bij een failover</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>no VM named {0}</source>
            <translation>geen VM met de naam {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>{0}, line {1}: {2}</source>
            <translation>{0}, regel {1}: {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Rules</source>
            <translation>Regels</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>IP rules of {0} saved.</source>
            <translation>IP-regels van {0} opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Pair clouds</source>
            <translation>Clouds koppelen</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Clouds</source>
            <translation>Clouds</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Every VM protected in the primary cloud replicates to the recovery cloud.</source>
            <translation>Elke beveiligde VM in de primaire cloud repliceert naar de herstelcloud.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Primary cloud</source>
            <translation>Primaire cloud</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>paired already</source>
            <translation>al gekoppeld</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Recovery cloud</source>
            <translation>Herstelcloud</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>on the primary cloud's site</source>
            <translation>op de site van de primaire cloud</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Replication policy</source>
            <translation>Replicatiebeleid</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>The policy every VM of the pairing is protected with.</source>
            <translation>Het beleid waarmee elke VM van de koppeling wordt beveiligd.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Policy</source>
            <translation>Beleid</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>A new policy: Protection → New replication policy…</source>
            <translation>Een nieuw beleid: Beveiliging → Nieuw replicatiebeleid…</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>mapped to {0}</source>
            <translation>toegewezen aan {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>(not mapped)</source>
            <translation>(niet toegewezen)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Network mapping</source>
            <translation>Netwerktoewijzing</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Which network a failed-over VM joins at the recovery site.</source>
            <translation>Bij welk netwerk een VM na failover aansluit op de herstelsite.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Test failovers use the recovery site's isolated test network.</source>
            <translation>Testfailovers gebruiken het geïsoleerde testnetwerk van de herstelsite.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Choose the primary cloud.</source>
            <translation>Kies de primaire cloud.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>This cloud is paired already.</source>
            <translation>Deze cloud is al gekoppeld.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Choose the recovery cloud.</source>
            <translation>Kies de herstelcloud.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>The recovery cloud must be on another site than the primary.</source>
            <translation>De herstelcloud moet op een andere site staan dan de primaire.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Choose a replication policy (or create one).</source>
            <translation>Kies een replicatiebeleid (of maak er een).</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Map {0}</source>
            <translation>{0} toewijzen</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>to {0}</source>
            <translation>aan {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Clouds paired ({0}).</source>
            <translation>Clouds gekoppeld ({0}).</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>Latest (apply everything received first: least data lost)</source>
            <translation>Laatste (eerst alles ontvangen toepassen: minste gegevensverlies)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>Latest processed (start at once: least time)</source>
            <translation>Laatst verwerkt (direct starten: minste tijd)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>Latest app-consistent (applications start clean)</source>
            <translation>Laatste app-consistente (toepassingen starten schoon)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>A point from the list</source>
            <translation>Een punt uit de lijst</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>{0} — {1} — {2} old</source>
            <translation>{0} — {1} — {2} oud</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>no such recovery point</source>
            <translation>geen dergelijk herstelpunt</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>none expected: the source is shut down and its last changes shipped first</source>
            <translation>geen verwacht: de bron wordt afgesloten en de laatste wijzigingen eerst verzonden</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>writes of {0}, up to the last contact with the source at {1}</source>
            <translation>schrijfacties van {0}, tot het laatste contact met de bron om {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>writes of the last {0}</source>
            <translation>schrijfbewerkingen van de laatste {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>, {0} never replicated</source>
            <translation>, {0} nooit gerepliceerd</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>No app-consistent recovery point yet.</source>
            <translation>Nog geen app-consistent herstelpunt.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>No recovery point yet.</source>
            <translation>Nog geen herstelpunt.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>Point age: {0}</source>
            <translation>Leeftijd van het punt: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>Points up to {0} old</source>
            <translation>Punten tot {0} oud</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>scheduled at {0}</source>
            <translation>gepland om {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>immediately</source>
            <translation>direct</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Copy frequency</source>
            <translation>Kopieerfrequentie</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Recovery points kept</source>
            <translation>Bewaarde herstelpunten</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>{0} h</source>
            <translation>{0} u</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>App-consistent points</source>
            <translation>App-consistente punten</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>every {0} h</source>
            <translation>elke {0} u</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Compression</source>
            <translation>Compressie</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>on</source>
            <translation>aan</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>off</source>
            <translation>uit</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Initial replication starts</source>
            <translation>Initiële replicatie start</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>On disable</source>
            <translation>Bij uitschakelen</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>delete the replica</source>
            <translation>de replica verwijderen</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>keep the replica</source>
            <translation>de replica behouden</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Edit replication policy</source>
            <translation>Replicatiebeleid bewerken</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>New replication policy</source>
            <translation>Nieuw replicatiebeleid</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Save policy</source>
            <translation>Beleid opslaan</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Create policy</source>
            <translation>Beleid maken</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Name and recovery points</source>
            <translation>Naam en herstelpunten</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>How often changes are copied and how long recovery points are kept.</source>
            <translation>Hoe vaak wijzigingen worden gekopieerd en hoe lang herstelpunten worden bewaard.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>e.g. Gold (30 s, 24 h)</source>
            <translation>bijv. Goud (30 s, 24 u)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Lowest RPO; the most traffic.</source>
            <translation>Laagste RPO; het meeste verkeer.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>The usual choice.</source>
            <translation>De gebruikelijke keuze.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>For slow links.</source>
            <translation>Voor trage verbindingen.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Keep recovery points for</source>
            <translation>Herstelpunten bewaren gedurende</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source> h</source>
            <translation> u</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>0: only the latest point.</source>
            <translation>0: alleen het laatste punt.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>App-consistent point every</source>
            <translation>App-consistent punt elke</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>0: none; never more hours than the points are kept.</source>
            <translation>0: geen; nooit meer uren dan de punten worden bewaard.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Transfer</source>
            <translation>Overdracht</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>How replication travels between the hosts.</source>
            <translation>Hoe de replicatie tussen de hosts verloopt.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Compress the changes</source>
            <translation>De wijzigingen comprimeren</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Delete the replica when protection is disabled</source>
            <translation>De replica verwijderen wanneer de beveiliging wordt uitgeschakeld</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Immediately</source>
            <translation>Direct</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>The copy starts as soon as protection is enabled.</source>
            <translation>De kopie start zodra de beveiliging is ingeschakeld.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>At a set time</source>
            <translation>Op een vast tijdstip</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>The replica is prepared at once; the copy waits until then (for a quiet link). After that time, copies start at once.</source>
            <translation>De replica wordt direct voorbereid; de kopie wacht tot dan (voor een rustige verbinding). Na dat tijdstip starten kopieën direct.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Start at (UTC)</source>
            <translation>Starten om (UTC)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>On the control plane's clock.</source>
            <translation>Volgens de klok van het besturingsvlak.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Initial replication</source>
            <translation>Initiële replicatie</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>The first full copy of a VM when it gets protected: its disks travel over the replication link (only written blocks).</source>
            <translation>De eerste volledige kopie van een VM wanneer die wordt beveiligd: de schijven gaan over de replicatieverbinding (alleen beschreven blokken).</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Give the policy a name.</source>
            <translation>Geef het beleid een naam.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>The name is limited to 120 characters.</source>
            <translation>De naam is beperkt tot 120 tekens.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>A policy named {0} exists already.</source>
            <translation>Er bestaat al een beleid met de naam {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Choose a copy frequency.</source>
            <translation>Kies een kopieerfrequentie.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Keep points 0 to 24 hours.</source>
            <translation>Bewaar punten 0 tot 24 uur.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>An app-consistent point every {0} h would never be kept: points are kept {1} h. Keep them longer or make app-consistent points more often.</source>
            <translation>Een app-consistent punt elke {0} u zou nooit bewaard blijven: punten worden {1} u bewaard. Bewaar ze langer of maak vaker app-consistente punten.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Choose a start in the future.</source>
            <translation>Kies een start in de toekomst.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Replication policy {0} created.</source>
            <translation>Replicatiebeleid {0} gemaakt.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Replication policy {0} saved.</source>
            <translation>Replicatiebeleid {0} opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Enable protection</source>
            <translation>Beveiliging inschakelen</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Cloud pairing</source>
            <translation>Cloudkoppeling</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Where the VMs replicate to, and under which policy.</source>
            <translation>Waarheen de VM's repliceren, en onder welk beleid.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Pairing</source>
            <translation>Koppeling</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>No pairing for the VMs' cloud? Protection → Pair clouds…</source>
            <translation>Geen koppeling voor de cloud van de VM's? Beveiliging → Clouds koppelen…</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>{0} disk(s), {1}</source>
            <translation>{0} schijf/schijven, {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Virtual machines</source>
            <translation>Virtuele machines</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>The unprotected VMs of {0}.</source>
            <translation>De niet-beveiligde VM's van {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Disks</source>
            <translation>Schijven</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Power</source>
            <translation>Voeding</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Filter by name or host</source>
            <translation>Filteren op naam of host</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>The VMs are protected with the pairing's policy {0}.</source>
            <translation>De VM's worden beveiligd met het beleid {0} van de koppeling.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>The first full copy of each VM's disks.</source>
            <translation>De eerste volledige kopie van de schijven van elke VM.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Set by the policy: to change them, edit the policy (Protection → Replication policies) before you start.</source>
            <translation>Bepaald door het beleid: bewerk het beleid (Beveiliging → Replicatiebeleid) voordat u start om ze te wijzigen.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>One job per VM; the jobs pane follows them.</source>
            <translation>Eén taak per VM; het takenvenster volgt ze.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Policy: {0}</source>
            <translation>Beleid: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>immediately (the scheduled {0} has passed)</source>
            <translation>direct (het geplande tijdstip {0} is voorbij)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>at {0}; the replica is prepared now</source>
            <translation>om {0}; de replica wordt nu voorbereid</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Starts</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>To copy</source>
            <translation>Te kopiëren</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>{0} (sparse: only written blocks travel)</source>
            <translation>{0} (sparse: alleen beschreven blokken gaan over)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Choose a cloud pairing (or pair the clouds first).</source>
            <translation>Kies een cloudkoppeling (of koppel eerst de clouds).</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Select at least one VM.</source>
            <translation>Selecteer ten minste één VM.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>{0} is not an unprotected VM of this pairing's cloud.</source>
            <translation>{0} is geen niet-beveiligde VM van de cloud van deze koppeling.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>VMs ({0})</source>
            <translation>VM's ({0})</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Enable protection: {0} job(s) started.</source>
            <translation>Beveiliging inschakelen: {0} taak/taken gestart.</translation>
        </message>
    </context>
    <context>
        <name>WizardMenus</name>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>&amp;Protection</source>
            <translation>Be&amp;veiliging</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>&amp;Enable protection…</source>
            <translation>Beveiliging &amp;inschakelen…</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>&amp;New replication policy…</source>
            <translation>&amp;Nieuw replicatiebeleid…</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>Edit replication &amp;policy</source>
            <translation>Replicatie&amp;beleid bewerken</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>Pair &amp;clouds…</source>
            <translation>&amp;Clouds koppelen…</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>Edit &amp;IP rules of a network mapping</source>
            <translation>&amp;IP-regels van een netwerktoewijzing bewerken</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>Recovery p&amp;lans</source>
            <translation>&amp;Herstelplannen</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>(no policy yet)</source>
            <translation>(nog geen beleid)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>(no network mapping yet)</source>
            <translation>(nog geen netwerktoewijzing)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>The plan has no protected items.</source>
            <translation>Het plan heeft geen beveiligde items.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>Run a plan:</source>
            <translation>Een plan uitvoeren:</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>(no recovery plan to run yet)</source>
            <translation>(nog geen herstelplan om uit te voeren)</translation>
        </message>
    </context>
</TS>
