# The sync's models were in the activities app (migrations 0003 and 0004 there), whose
# tables hold the runs and the keyword table. This migration only takes them over in
# Django's state, tables as they are; 0002 then renames the tables.

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('activities', '0004_syncrun_queue_and_liveness'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name='SourceAgenda',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('uid', models.CharField(max_length=32, unique=True, verbose_name='agenda uid')),
                        ('title', models.CharField(blank=True, max_length=255, verbose_name='title')),
                        ('slug', models.CharField(blank=True, max_length=255, verbose_name='slug')),
                        ('schema', models.JSONField(blank=True, default=dict)),
                        ('fetched_at', models.DateTimeField(blank=True, null=True)),
                    ],
                    options={
                        'db_table': 'activities_sourceagenda',
                        'verbose_name': 'OpenAgenda agenda',
                    },
                ),
                migrations.CreateModel(
                    name='SyncRun',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('agenda', models.CharField(max_length=32, verbose_name='agenda')),
                        ('mode', models.CharField(choices=[('incremental', 'Incremental'), ('full', 'Full'), ('replay', 'Replay of stored events')], max_length=12, verbose_name='mode')),
                        ('outcome', models.CharField(choices=[('queued', 'Queued'), ('running', 'Running'), ('success', 'Success'), ('partial', 'Success, some events rejected'), ('failed', 'Failed'), ('interrupted', 'Interrupted'), ('not_run', 'Not run')], default='running', max_length=12, verbose_name='outcome')),
                        ('started_at', models.DateTimeField(db_index=True, default=django.utils.timezone.now, verbose_name='started at')),
                        ('finished_at', models.DateTimeField(blank=True, null=True, verbose_name='finished at')),
                        ('heartbeat_at', models.DateTimeField(blank=True, editable=False, null=True, verbose_name='last progress')),
                        ('lock_key', models.BigIntegerField(blank=True, editable=False, null=True)),
                        ('host', models.CharField(blank=True, editable=False, max_length=255, verbose_name='run by')),
                        ('since', models.DateTimeField(blank=True, null=True, verbose_name='changes since')),
                        ('pages', models.PositiveIntegerField(default=0, verbose_name='pages read')),
                        ('events', models.PositiveIntegerField(default=0, verbose_name='events read')),
                        ('created', models.PositiveIntegerField(default=0, verbose_name='created')),
                        ('updated', models.PositiveIntegerField(default=0, verbose_name='updated')),
                        ('unchanged', models.PositiveIntegerField(default=0, verbose_name='unchanged')),
                        ('unpublished', models.PositiveIntegerField(default=0, verbose_name='unpublished')),
                        ('rejected', models.PositiveIntegerField(default=0, verbose_name='rejected')),
                        ('skipped', models.PositiveIntegerField(default=0, help_text='Events not at the Sortir ! tariff, or listed by another agenda.', verbose_name='skipped')),
                        ('writes', models.PositiveIntegerField(default=0, verbose_name='activities written')),
                        ('error', models.TextField(blank=True, verbose_name='error')),
                        ('messages', models.JSONField(blank=True, default=list, verbose_name='messages')),
                        ('triggered_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='started by')),
                    ],
                    options={
                        'db_table': 'activities_syncrun',
                        'verbose_name': 'OpenAgenda sync run',
                        'verbose_name_plural': 'OpenAgenda sync runs',
                        'ordering': ['-started_at', '-pk'],
                        'permissions': [('run_openagenda_sync', 'Can start an OpenAgenda sync')],
                    },
                ),
                migrations.CreateModel(
                    name='UnpublishedBySync',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('unpublished_at', models.DateTimeField(default=django.utils.timezone.now)),
                        ('live_revision_id', models.BigIntegerField(blank=True, null=True)),
                        ('activity', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='activities.activity')),
                        ('run', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='openagenda.syncrun')),
                    ],
                    options={
                        'db_table': 'activities_unpublishedbysync',
                        'verbose_name': 'activity unpublished by the sync',
                    },
                ),
                migrations.CreateModel(
                    name='KeywordMapping',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('keyword', models.CharField(help_text='As written on OpenAgenda; case, accents and punctuation do not matter.', max_length=100, verbose_name='keyword')),
                        ('normalised', models.CharField(db_index=True, editable=False, max_length=100)),
                        ('category', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='activities.category', verbose_name='category')),
                    ],
                    options={
                        'db_table': 'activities_keywordmapping',
                        'verbose_name': 'OpenAgenda keyword mapping',
                        'verbose_name_plural': 'OpenAgenda keyword mappings',
                        'ordering': ['keyword'],
                        'constraints': [models.UniqueConstraint(fields=('normalised', 'category'), name='openagenda_keyword_category_unique')],
                    },
                ),
                migrations.AddConstraint(
                    model_name='syncrun',
                    constraint=models.UniqueConstraint(condition=models.Q(('outcome', 'running')), fields=('outcome',), name='openagenda_one_running_sync'),
                ),
                migrations.AddConstraint(
                    model_name='syncrun',
                    constraint=models.UniqueConstraint(condition=models.Q(('outcome', 'queued')), fields=('agenda',), name='openagenda_one_queued_sync_per_agenda'),
                ),
            ],
        ),
    ]
