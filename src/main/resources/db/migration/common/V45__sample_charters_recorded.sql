-- A first start records that it loaded the sample charters only once they are in, so a first start
-- cut short gets them at the next start. Folders from before this record had finished their first
-- start if they hold any charter (the samples were imported in one transaction).
INSERT INTO app_setting (setting_key, setting_value)
SELECT 'samples.loaded', 'true' FROM (VALUES (1)) AS one(x)
WHERE EXISTS (SELECT 1 FROM charter);
