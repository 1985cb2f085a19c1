# The sync's models moved to the openagenda app, which took their tables over
# (openagenda 0001): they leave the activities app's state only, no table is dropped.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('activities', '0004_syncrun_queue_and_liveness'),
        ('openagenda', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.RemoveField(
                    model_name='keywordmapping',
                    name='category',
                ),
                migrations.DeleteModel(
                    name='SourceAgenda',
                ),
                migrations.RemoveField(
                    model_name='syncrun',
                    name='triggered_by',
                ),
                migrations.RemoveField(
                    model_name='unpublishedbysync',
                    name='run',
                ),
                migrations.RemoveField(
                    model_name='unpublishedbysync',
                    name='activity',
                ),
                migrations.DeleteModel(
                    name='KeywordMapping',
                ),
                migrations.DeleteModel(
                    name='SyncRun',
                ),
                migrations.DeleteModel(
                    name='UnpublishedBySync',
                ),
            ],
        ),
    ]
